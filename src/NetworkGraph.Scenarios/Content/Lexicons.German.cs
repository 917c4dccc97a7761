namespace NetworkGraph.Scenarios.Content;

internal static partial class Lexicons
{
    private static Lexicon German() => new()
    {
        Lang = Lang.De,
        Openers = new("Ehrlich gesagt,|Also,|Unglaublich:|Kleine Erinnerung:|Im Ernst,|Übrigens|Ich sag's ja schon lange:|"
            + "Ganz ehrlich,|Egal,|Fun Fact:|Heute Morgen|Gestern Abend|Schon wieder|Achtung:|Gute Nachricht:|Schlechte Nachricht:|"
            + "Unter uns,|Ich glaube,|Anscheinend|Ratet mal:|Eilmeldung:"),
        Subjects = new("die Regierung|mein Nachbar|die Stadtverwaltung|meine Mathelehrerin|der Chef|unser Team|die Bahn|meine Katze|"
            + "der neue Bürgermeister|der Bäcker um die Ecke|mein Bruder|dieser Youtuber|der Wetterdienst|der Minister|meine Oma|"
            + "der Verein|dieses Restaurant|die Bank|die Opposition|die Gewerkschaft|mein Kollege|der Typ von oben|die Serie|"
            + "das Festival|mein Arzt|der Supermarkt|die Stadt|dieser Podcast|mein Mitbewohner|der Trainer|die Uni|mein Onkel"),
        Verbs = new("hat gerade angekündigt|hat schon wieder vergessen|weigert sich zu zahlen für|hat endlich veröffentlicht|kritisiert scharf|"
            + "verteidigt immer noch|hat komplett vermasselt|plant heimlich|hat gerade gestartet|hat gelöscht|empfiehlt|hat entdeckt|"
            + "versteht immer noch nicht|liebt|hasst|hat verkauft|schlägt vor|stellt infrage|organisiert|hat verloren|sucht verzweifelt|"
            + "hat abgesagt|hat verschoben|unterstützt|hat bekommen|teilt|ignoriert völlig|hat repariert|hat versprochen|testet|"
            + "hat kopiert|hat gefunden|hat genehmigt|hat erhöht"),
        Objects = new("den Haushalt der Stadt|eine neue Reform|den Busfahrplan|meine Bestellung|das Spiel am Samstag|das Straßenfest|"
            + "die Grundsteuer|ein Gratiskonzert|die alte Brücke|das neue Album|die Baustelle vor der Tür|den Weihnachtsmarkt|"
            + "eine Petition|das Schulessen|die Mieten|den Parkplatz|eine Doku|das Freibad|das Turnier|den Gesetzentwurf|"
            + "die Spritpreise|eine neue App|das Sommerfest|die Ferien|ein neues Fahrrad|das WLAN im Zug|das Meeting am Montag|"
            + "die Linie ~|die Stromrechnung|ein Abo|die Wahl|die Radwege|die Bibliothek|das Stadion|das Deutschlandticket"),
        Tails = new("seit heute Morgen|und keiner redet darüber|im Ernst?|wie immer|schon wieder|völlig verrückt|reden wir mal darüber?|"
            + "unglaublich aber wahr|der übliche Wahnsinn|das kann ja heiter werden|Fortsetzung folgt|was für Zeiten|zum ~. Mal|"
            + "seit ~ Tagen|und dann wundern sich alle|langsam wird's lächerlich|danke für nichts|endlich!|wurde auch Zeit|"
            + "bildet euch selbst ein Urteil|ich bin schockiert|nichts Neues|ohne Vorwarnung|vor ~ Uhr|für ~ Euro"),
        Reactions = new("Ich freu mich so!|Ich kann nicht mehr 😂|Was für ein Tag...|Endlich Wochenende.|Ich lach mich tot|"
            + "Heute klappt gar nichts|Schönen Abend euch allen!|Wer ist heute Abend dabei?|Das macht mich wahnsinnig|Sehe ich genauso|"
            + "Herrlich, diese Sonne|Schon wieder Montag...|Danke für eure Nachrichten!|Ich brauche Urlaub.|Es ist offiziell!|"
            + "Mein Kaffee ist schon kalt|Mehr sag ich nicht.|So stolz auf euch|Regnet schon wieder, natürlich.|Wer schaut das Spiel?|"
            + "Endlich Freitag!|Guten Appetit zusammen"),
        Questions = new("Was haltet ihr von|Hat jemand schon|Wer erinnert sich an|Warum redet keiner über|Meinungen zu|"
            + "Wer geht zu|Habt ihr gesehen"),
        Topics = new("die Bundesliga|den Bahnstreik|die Inflation|die Kaffeepreise|Olympia in Paris|Homeoffice|das neue iPhone|"
            + "den Black Friday|den Weihnachtsmarkt|Silvester|die Heizkosten|die Wahlumfragen|den Tatort am Sonntag|KI|"
            + "das Deutschlandticket|die Champions League|die Hitzewelle|den Wohnungsmarkt"),
        Hashtags = new("Berlin|München|Hamburg|Köln|Bundesliga|News|Politik|Fußball|Musik|Kino|Wetter|Tech|Klima|Reisen|Essen|"
            + "Bücher|Wahl|Weihnachten|Tatort|BVB"),
        Attributions = new("wie meine Oma immer sagte|laut meinem Nachbarn|wie es im Radio hieß|wie man bei uns sagt|"
            + "hat mir der Taxifahrer erzählt"),
        Bios = new("Fußballfan|Mutter von zwei Kindern|Jurastudent|Deutschlehrerin|Bergliebhaber|Ingenieur|Hobbykoch|Serienjunkie|"
            + "Privater Account|Hobbyfotograf|Journalist|Webentwickler|Krankenpfleger|Musiker|Läufer|Ehrenamtlich aktiv|Cineast|Papa"),
        Locations = new("Berlin|München|Hamburg|Köln|Frankfurt am Main|Stuttgart|Leipzig|Deutschland|Wien|Zürich|Dresden|Bremen|NRW"),
        FirstNames = new("Lukas|Anna|Leon|Marie|Felix|Laura|Jonas|Lena|Paul|Julia|Maximilian|Sarah|Tim|Katharina|Jan|Sophie"),
        LastNames = new("Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Schäfer|Koch|Bauer|Richter|Klein|Wolf"),
        Domains = new("spiegel.de|zeit.de|faz.net|sueddeutsche.de|tagesschau.de|welt.de|bild.de|taz.de"),
    };
}
