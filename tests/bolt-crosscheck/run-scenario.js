'use strict'
// Runs the client side of one stub scenario with the official neo4j JavaScript driver.
// Usage: node run-scenario.js <port> <scenario-name>
// Exit 0: the driver did what the scenario expects; 1: it failed (message on stderr); 2: bad usage / unknown scenario.
const neo4j = require('neo4j-driver')
const scenarios = require('./scenarios')

async function main () {
  const [port, name] = process.argv.slice(2)
  if (!port || !name) {
    console.error('usage: node run-scenario.js <port> <scenario-name>')
    return 2
  }
  const scenario = scenarios[name]
  if (!scenario) {
    console.error(`no JavaScript client for scenario '${name}' in scenarios.js`)
    return 2
  }
  await scenario(makeContext(Number(port)))
  return 0
}

function makeContext (port) {
  const address = `127.0.0.1:${port}`
  const drivers = []
  return {
    neo4j,
    address,
    driver (scheme = 'bolt', auth = neo4j.auth.basic('neo4j', 'secret'), config = {}) {
      const d = neo4j.driver(`${scheme}://${address}`, auth, {
        userAgent: 'crosscheck/1.0',
        connectionTimeout: 15000,
        maxTransactionRetryTime: 5000,
        logging: process.env.CROSSCHECK_DEBUG ? neo4j.logging.console('debug') : undefined,
        ...config
      })
      drivers.push(d)
      return d
    }
  }
}

main().then(
  code => process.exit(code),
  error => {
    console.error(error && error.stack ? error.stack : String(error))
    process.exit(1)
  })
