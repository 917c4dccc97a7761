namespace NetworkGraph.Scenarios.Content;

internal static partial class Lexicons
{
    private static Lexicon Italian() => new()
    {
        Lang = Lang.It,
        Openers = new("Sinceramente,|Allora,|Incredibile:|Promemoria:|Sul serio,|A proposito,|Lo dico da tempo:|Onestamente,|"
            + "Comunque,|Curiosità:|Stamattina|Ieri sera|Ancora una volta|Attenzione:|Bella notizia:|Brutta notizia:|Tra noi,|"
            + "Secondo me|A quanto pare|Indovinate:|Ultima ora:"),
        Subjects = new("il governo|il mio vicino|il comune|la mia prof di matematica|il capo|la nostra squadra|Trenitalia|il mio gatto|"
            + "il nuovo sindaco|il forno sotto casa|mio fratello|quello youtuber|il meteo|il ministro|mia nonna|la società|"
            + "questo ristorante|la banca|l'opposizione|il sindacato|il mio collega|il vicino di sopra|la serie|il festival|"
            + "il mio medico|il supermercato|la città|questo podcast|il mio coinquilino|l'allenatore|l'università|mio zio"),
        Verbs = new("ha appena annunciato|ha di nuovo dimenticato|si rifiuta di pagare|ha finalmente pubblicato|critica duramente|"
            + "difende ancora|ha rovinato|prepara in segreto|ha appena lanciato|ha cancellato|consiglia|ha scoperto|"
            + "non capisce ancora|ha adorato|ha odiato|ha venduto|propone|mette in discussione|organizza|ha perso|cerca disperatamente|"
            + "ha annullato|ha rinviato|sostiene|ha ricevuto|condivide|ignora|ha riparato|ha promesso|sta provando|ha copiato|ha trovato"),
        Objects = new("il bilancio comunale|una nuova riforma|gli orari dell'autobus|il mio ordine|la partita di sabato|la festa di quartiere|"
            + "le tasse locali|un concerto gratis|il vecchio ponte|il suo ultimo album|i lavori in strada|il mercatino di Natale|"
            + "una petizione|la mensa|gli affitti|il parcheggio|un documentario|la piscina comunale|la sua ricetta della carbonara|"
            + "il torneo|il disegno di legge|il prezzo della benzina|una nuova app|il festival estivo|le vacanze|una bici nuova|"
            + "il wifi della stazione|la riunione di lunedì|la linea ~|la bolletta della luce|un abbonamento|le elezioni|la biblioteca|lo stadio"),
        Tails = new("da stamattina|e nessuno ne parla|sul serio?|come al solito|di nuovo|è pazzesco|ne parliamo?|incredibile ma vero|"
            + "la solita storia|promette bene|continua|che tempi|per la ~a volta|da ~ giorni|e poi ci stupiamo|sta diventando ridicolo|"
            + "grazie di niente|finalmente!|era ora|giudicate voi|sono scioccato|niente di nuovo|senza avvisare nessuno|entro le ~|per ~ euro"),
        Reactions = new("Non vedo l'ora!|Non ce la faccio più 😂|Che giornata...|Arriva il weekend.|Sto morendo dal ridere|"
            + "Oggi non va niente|Buona serata a tutti!|Chi c'è stasera?|Mi fa impazzire|Sono d'accordo al 100%|Che bello questo sole|"
            + "Un altro lunedì...|Grazie a tutti per i messaggi!|Ho bisogno di ferie.|È ufficiale!|Forza!|Il caffè è già freddo|"
            + "Non dico altro.|Orgoglioso di voi|Piove di nuovo, ovviamente.|Chi guarda la partita?|Finalmente venerdì!|Buon appetito a tutti"),
        Questions = new("Che ne pensate di|Qualcuno ha provato|Chi si ricorda di|Perché nessuno parla di|Opinioni su|Chi va a|Avete visto"),
        Topics = new("la Serie A|il derby|l'inflazione|il prezzo del caffè|le Olimpiadi di Parigi|lo smart working|il nuovo iPhone|"
            + "Sanremo|il Natale|il Capodanno|le bollette|i sondaggi|la Champions|l'intelligenza artificiale|il caldo|gli affitti a Milano"),
        Hashtags = new("Italia|Roma|Milano|Napoli|Torino|SerieA|Calcio|Notizie|Politica|Musica|Cinema|Meteo|Tecnologia|Viaggi|"
            + "Cibo|Libri|Sanremo|Natale|Juventus|ForzaNapoli"),
        Attributions = new("come diceva mia nonna|secondo il mio vicino|come hanno detto alla radio|come si dice dalle mie parti|"
            + "mi ha detto il tassista"),
        Bios = new("Tifoso|Mamma di due bimbi|Studente di giurisprudenza|Prof di italiano|Amante della montagna|Ingegnere|Cuoco per passione|"
            + "Drogato di serie tv|Opinioni personali|Fotografo della domenica|Giornalista|Sviluppatore web|Infermiera|Musicista|"
            + "Runner|Volontario|Cinefilo|Viaggiatore|Papà"),
        Locations = new("Roma|Milano|Napoli|Torino|Bologna|Firenze|Palermo|Genova|Italia|Bari|Verona|Venezia|Sardegna|Sicilia"),
        FirstNames = new("Giulia|Francesco|Chiara|Alessandro|Sara|Lorenzo|Martina|Matteo|Federica|Andrea|Elisa|Marco|Valentina|Luca|Silvia|Davide"),
        LastNames = new("Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca|Costa|Giordano"),
        Domains = new("corriere.it|repubblica.it|lastampa.it|ilsole24ore.com|ansa.it|ilfattoquotidiano.it|gazzetta.it"),
    };
}
