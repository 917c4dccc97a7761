namespace NetworkGraph.Scenarios.Content;

internal static partial class Lexicons
{
    private static Lexicon English() => new()
    {
        Lang = Lang.En,
        Openers = new("Honestly,|Okay so|Wow,|Quick reminder:|Seriously,|By the way,|I've said it before:|Not gonna lie,|Anyway,|"
            + "Fun fact:|This morning|Last night|Once again,|FYI|Heads up:|Good news:|Sad news:|Between us,|I think|Apparently|"
            + "Guess what:|No surprise here:|Breaking:|Am I the only one who thinks|Low key,|Plot twist:|PSA:|Unpopular opinion:"),
        Subjects = new("the government|my neighbour|the city council|my maths teacher|my boss|our team|the train company|my cat|"
            + "the new mayor|the corner shop|my brother|that youtuber|the weather guy|the minister|my grandma|the football club|"
            + "this restaurant|the bank|the opposition|the union|my coworker|the guy upstairs|our history teacher|this show|"
            + "the festival|the landlord|my doctor|the supermarket|the school board|this podcast|my roommate|the coach|the university|"
            + "the neighbourhood|that singer|the news channel|the county|my uncle|the senator|the local paper|my sister|the airline|"
            + "the gym|the hospital|the delivery app|the startup next door"),
        Verbs = new("just announced|forgot about|refuses to pay for|finally released|slammed|keeps defending|completely messed up|"
            + "is secretly planning|just launched|deleted|highly recommends|discovered|still doesn't get|loved|hated|sold|is proposing|"
            + "questioned|is organising|lost|is desperately looking for|cancelled|postponed|backs|received|shared|totally ignores|fixed|"
            + "promised|is testing|will soon present|copied|found|delayed|attacked|approved|badly explained|raised|dreams about|"
            + "blocked|underestimated|wants to sell|forgot to mention"),
        Objects = new("the city budget|a new reform|the bus schedule|my order|Saturday's game|the block party|property taxes|a free concert|"
            + "the old bridge|their latest album|the roadworks|the Christmas market|a petition|the school lunches|the rent|the parking lot|"
            + "a documentary|the public pool|their pancake recipe|the tournament|the bill|gas prices|a carpooling app|the summer festival|"
            + "the new term|the school holidays|a new bike|the station wifi|Monday's meeting|the exam results|the vaccine drive|"
            + "a cookbook|the climate plan|the stadium|route ~|the phone plan|the electricity bill|a subscription|the new curriculum|"
            + "the community garden|the election|the lunch prices|a dance show|passport renewals|the farmers market|the bike lanes|"
            + "the photo contest|the library|the new logo|~ teaching jobs|the town hall|the roundabout|the last episode|fibre internet|"
            + "the ER wait times"),
        Tails = new("since this morning|and nobody is talking about it|seriously?|as usual|again|that's wild|can we talk about this?|"
            + "unbelievable|just another day|this should be fun|to be continued|what a time to be alive|for the ~th time|for ~ days now|"
            + "and people are surprised|it's getting ridiculous|thanks for nothing|finally!|about time|you be the judge|I'm shocked|"
            + "that's crazy|can't wait for tomorrow|we believe|what a joke|love to see it|nothing new|without telling anyone|before ~pm|"
            + "for ~ dollars|it was about time|beautiful|I can't believe it|right at rush hour|~ days before the holidays"),
        Reactions = new("Can't wait!|I can't anymore 😂|What a day...|Bring on the weekend.|I'm crying laughing|Nothing is working today|"
            + "Have a good evening everyone!|Who's up for tonight?|This drives me crazy|100% agree|Loving this sunshine|Another Monday...|"
            + "Thanks everyone for the messages!|I need a holiday.|It's official!|Never give up!|My coffee is already cold|"
            + "I'll say no more.|So proud of you all|Productive day!|Raining again, of course.|Need some advice|Who's watching the game?|"
            + "Thought of the day: sleep more.|What a vibe last night!|Here we go!|Late as always|Finally Friday!|Any news?|Enjoy your meal everyone"),
        Questions = new("What do you think of|Has anyone tried|Who remembers|Why is nobody talking about|Any thoughts on|Who's going to|"
            + "How do you feel about|Can we talk about|Did you see|Is it just me or is everyone overreacting about"),
        Topics = new("the new season of The Crown|the rail strike|the Rugby World Cup|inflation|coffee prices|the Premier League|"
            + "the Paris Olympics|working from home|the new iPhone|Black Friday|the Ballon d'Or|Thanksgiving traffic|AI chatbots|"
            + "public transport|house prices|the Super Bowl|New Year's resolutions|the royal family|the Oscars|the election polls|"
            + "the heatwave|the snow storm|the Taylor Swift tour|Champions League night|the budget|mortgage rates|the season finale"),
        Hashtags = new("London|NYC|Breaking|News|Politics|Football|PremierLeague|NFL|NBA|Music|Movies|Weather|Tech|AI|Climate|"
            + "Travel|Food|Books|Election|Olympics|Paris2024|Rugby|Christmas|Fitness|Health|Startup|Gaming|MondayMotivation"),
        Attributions = new("as my grandma used to say|according to my neighbour|as they said on the radio|as we say back home|"
            + "my taxi driver told me|or so they say|according to a friend in the know"),
        Bios = new("Football fan|Mum of two|Law student|English teacher|Mountain lover|Engineer|Home cook|TV addict|Views my own|"
            + "Weekend photographer|Lifelong supporter|Community organiser|Bookworm|Web developer|Nurse|Musician|Freelance designer|"
            + "Runner|Volunteer|Independent journalist|Film buff|Traveller|Dad|Proud geek|Hiker|Gardener|Coffee first"),
        Locations = new("London|London, England|Manchester|New York, NY|Los Angeles, CA|Chicago, IL|Texas, USA|Toronto|Dublin|"
            + "Sydney|Edinburgh|Boston|Seattle, WA|California|United States|UK|Earth|somewhere|Brooklyn|Atlanta, GA"),
        FirstNames = new("James|Emily|Oliver|Charlotte|Jack|Amelia|Harry|Olivia|Michael|Jessica|David|Sarah|Daniel|Laura|Chris|"
            + "Megan|Ryan|Hannah|Matt|Rachel|Tom|Katie|Josh|Amy|Ben|Lucy|Sam|Grace|Alex|Zoe"),
        LastNames = new("Smith|Jones|Williams|Brown|Taylor|Davies|Wilson|Evans|Thomas|Johnson|Roberts|Walker|Wright|Robinson|"
            + "Thompson|White|Hughes|Edwards|Green|Hall|Wood|Harris|Lewis|Martin|Jackson|Clarke|Clark|Turner|Hill|Scott"),
        Domains = new("bbc.co.uk|theguardian.com|nytimes.com|cnn.com|reuters.com|apnews.com|washingtonpost.com|sky.com|"
            + "independent.co.uk|npr.org"),
    };
}
