namespace NetworkGraph.Scenarios.Content;

internal static partial class Lexicons
{
    private static Lexicon French() => new()
    {
        Lang = Lang.Fr,
        QuestionMark = " ?",
        Openers = new("Franchement,|Bon,|Alors là,|Incroyable :|Petit rappel :|Sérieusement,|Au fait,|Je le dis depuis longtemps :|"
            + "Honnêtement,|Bref,|Vous saviez que|Info du jour :|Ce matin,|Hier soir,|Encore une fois,|Pour info,|Attention :|"
            + "Bonne nouvelle :|Triste nouvelle :|À noter :|Entre nous,|Je pense que|Visiblement,|Apparemment|On m'a dit que|"
            + "Devinez quoi :|Pas de surprise :|Dernière minute :|Je rêve ou|Mine de rien,"),
        Subjects = new("le gouvernement|mon voisin|la mairie|ma prof de maths|le patron|notre équipe|la SNCF|mon chat|le nouveau maire|"
            + "la boulangerie du coin|mon frère|ce youtubeur|la météo|le ministre|ma grand-mère|le club de foot|ce restaurant|la banque|"
            + "l'opposition|le syndicat|mon collègue|la voisine du dessus|le prof d'histoire|cette série|le festival|la préfecture|"
            + "mon médecin|le supermarché|la ville|ce podcast|mon coloc|l'entraîneur|la fac|le quartier|ce chanteur|la chaîne info|"
            + "mon banquier|le conseil municipal|la start-up d'à côté|mon oncle|la députée|le lycée|ma sœur|le comité des fêtes|"
            + "la région|mon propriétaire|le club de rugby|cette influenceuse"),
        Verbs = new("vient d'annoncer|a encore oublié|refuse de payer|a enfin publié|critique violemment|défend toujours|a complètement raté|"
            + "prépare en secret|vient de lancer|a supprimé|recommande vivement|a découvert|ne comprend toujours pas|a adoré|a détesté|"
            + "a vendu|propose|remet en question|organise|a perdu|cherche désespérément|annule encore|a repoussé|soutient|a reçu|"
            + "partage|ignore totalement|a réparé|a promis|teste|va bientôt présenter|a copié|a retrouvé|reporte|attaque|a validé|"
            + "explique mal|a augmenté|rêve de|a bloqué|a sous-estimé|veut privatiser|a oublié de signaler|a mal calculé"),
        Objects = new("le budget de la ville|une nouvelle réforme|les horaires du bus|ma commande|le match de samedi|la fête des voisins|"
            + "les impôts locaux|un concert gratuit|le vieux pont|son dernier album|les travaux de la rue|le marché de Noël|une pétition|"
            + "la cantine|les loyers|le parking|un documentaire|la piscine municipale|sa recette de crêpes|le tournoi|le projet de loi|"
            + "les prix de l'essence|une appli de covoiturage|le festival d'été|la rentrée|les vacances scolaires|un nouveau vélo|"
            + "le wifi de la gare|la réunion de lundi|les résultats du bac|la campagne de vaccination|un livre de cuisine|le plan climat|"
            + "le stade|la ligne ~|le forfait mobile|la facture d'électricité|un abonnement|la réforme du lycée|le jardin partagé|"
            + "les élections|le tarif des cantines|un spectacle de danse|la carte d'identité|le marché bio|les pistes cyclables|"
            + "le concours photo|la bibliothèque|le nouveau logo|la visite médicale|~ postes d'enseignants|la salle des fêtes|"
            + "le rond-point|le dernier épisode|la fibre optique|les urgences de l'hôpital"),
        Tails = new("depuis ce matin|et personne n'en parle|sérieusement ?|comme d'habitude|encore une fois|c'est dingue|on en parle ?|"
            + "j'hallucine|incroyable mais vrai|bref, la routine|ça promet|à suivre|quelle époque|pour la ~e fois|depuis ~ jours|"
            + "et on s'étonne après|ça devient ridicule|merci pour rien|enfin !|pas trop tôt|je vous laisse juger|je suis choqué|c'est fou|"
            + "vivement demain|on y croit|quelle blague|ça fait plaisir|rien de nouveau|sans prévenir personne|avant ~h|pour ~ euros|"
            + "il était temps|c'est beau|j'y crois pas|en pleine heure de pointe|à ~ jours des vacances"),
        Reactions = new("Trop hâte !|J'en peux plus 😂|Quelle journée...|Vivement le week-end.|Je suis mort de rire|Rien ne va ce matin|"
            + "Bonne soirée à tous !|Qui est chaud pour ce soir ?|Ça me rend fou|Je valide à 100%|Quel bonheur ce soleil|Encore un lundi...|"
            + "Merci à tous pour vos messages !|Besoin de vacances.|C'est officiel !|On lâche rien !|Mon café refroidit déjà|"
            + "Je ne dirai rien de plus.|Tellement fier de vous|Journée productive !|Il pleut encore, évidemment.|J'ai besoin d'un avis|"
            + "Qui regarde le match ?|Pensée du jour : dormir plus.|Quelle ambiance hier soir !|Ça y est, c'est parti !|"
            + "Je suis en retard, comme toujours|Enfin vendredi !|Quelqu'un a des nouvelles ?|Bon appétit tout le monde"),
        Questions = new("Vous pensez quoi de|Quelqu'un a testé|Qui se souvient de|Pourquoi personne ne parle de|Des avis sur|"
            + "Qui va voir|Comment vous trouvez|On parle de|Vous avez vu|C'est moi ou on exagère avec"),
        Topics = new("la nouvelle saison de Lupin|la réforme des retraites|la Coupe du monde de rugby|l'inflation|le prix du café|"
            + "la Corse en automne|le dernier Astérix|la Nouvelle-Calédonie|les JO de Paris|la grève de jeudi|Mayotte|le télétravail|"
            + "le nouveau iPhone|la Martinique|les soldes|la Guadeloupe|les bouchons sur le périph|la météo de ce week-end|les Bleus|"
            + "le salon du livre|la rentrée littéraire|l'intelligence artificielle|les transports en commun|le Beaujolais nouveau|"
            + "le marché de l'immobilier|les vacances de la Toussaint|le Ballon d'Or|les fêtes de fin d'année|la galette des rois|"
            + "les vœux du président|le salon de l'agriculture|la Chandeleur|la neige en montagne|la finale|le prix des billets de train"),
        Hashtags = new("France|Paris|Lyon|Marseille|Actu|JO2024|Rugby|RWC2023|Politique|Cinéma|Musique|Foot|Ligue1|Météo|Grève|"
            + "Retraites|Inflation|Corse|Corsica|Mayotte|Martinique|Guadeloupe|NouvelleCalédonie|Bretagne|Toulouse|Bordeaux|Lille|"
            + "Nantes|Livre|Série|Cuisine|Vacances|Noël|Climat|Sport"),
        Attributions = new("comme disait ma grand-mère|dixit mon prof de philo|selon mon voisin|d'après la radio ce matin|"
            + "comme on dit chez moi|m'a dit le chauffeur de taxi|paraît-il|selon un ami bien informé"),
        Bios = new("Passionné de foot|Maman de deux enfants|Étudiant en droit|Prof de français|Amoureux de la montagne|Ingénieur|"
            + "Cuisinier amateur|Fan de séries|Lyonnais d'adoption|Ici à titre perso|Photographe du dimanche|Supporter depuis toujours|"
            + "Militant associatif|Lecteur compulsif|Développeur web|Infirmière|Marseillais|Breton et fier|Musicien|Graphiste freelance|"
            + "Runner|Opinions personnelles|Bénévole|Journaliste indépendant|Cinéphile|Grand voyageur|Papa|Geek assumé|Randonneur|Jardinier"),
        Locations = new("Paris|Paris, France|Lyon|Marseille|Toulouse|Bordeaux|Lille|Nantes|Strasbourg|Montpellier|Rennes|Nice|France|"
            + "Île-de-France|Bretagne|Grenoble|Ajaccio|Nouméa|Fort-de-France|Pointe-à-Pitre|Mamoudzou|Clermont-Ferrand|Dijon|"
            + "Quelque part en France|Sud-Ouest"),
        FirstNames = new("Camille|Julien|Sophie|Thomas|Manon|Nicolas|Léa|Antoine|Chloé|Maxime|Sarah|Hugo|Emma|Lucas|Inès|Pierre|"
            + "Claire|Mathieu|Julie|Romain|Élodie|Karim|Nadia|Yannick|Aurélie|Sébastien|Margaux|Théo|Océane|Bastien"),
        LastNames = new("Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Simon|Laurent|Lefebvre|Michel|Garcia|"
            + "David|Bertrand|Roux|Vincent|Fournier|Morel|Girard|Andre|Mercier|Dupont|Lambert|Bonnet|Francois|Martinez|Legrand"),
        Domains = new("lemonde.fr|lefigaro.fr|francetvinfo.fr|liberation.fr|20minutes.fr|ouest-france.fr|leparisien.fr|bfmtv.com|"
            + "lequipe.fr|actu.fr"),
    };
}
