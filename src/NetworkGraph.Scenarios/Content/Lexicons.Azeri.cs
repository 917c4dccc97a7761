namespace NetworkGraph.Scenarios.Content;

internal static partial class Lexicons
{
    private static Lexicon Azeri() => new()
    {
        Lang = Lang.Az,
        SubjectObjectVerb = true,
        QuestionAfterTopic = true,
        Openers = new("Açığı,|Yaxşı,|İnanılmaz:|Xatırladıram:|Ciddi,|Yeri gəlmişkən,|Çoxdandır deyirəm:|Düzünü desəm,|Bir sözlə,|"
            + "Maraqlı fakt:|Bu səhər|Dünən axşam|Yenə də|Diqqət:|Xoş xəbər:|Təəssüf ki,|Aramızda qalsın,|Məncə|Deyəsən|"
            + "Təsəvvür edin:|Təcili:"),
        Subjects = new("hökumət|qonşum|bələdiyyə|riyaziyyat müəllimim|müdir|komandamız|Bakı metrosu|pişiyim|yeni icra başçısı|"
            + "küncdəki çörəkxana|qardaşım|bu blogger|hava proqnozu|nazirlik|nənəm|klub|bu restoran|bank|universitet|dostum|şirkət|"
            + "xəstəxana|media|əmim oğlu|bu kanal|məşqçi|tələbələr|taksi sürücüsü|həmkarım|bacım|dayım|məktəb"),
        Objects = new("şəhər büdcəsini|yeni islahatı|avtobus cədvəlini|sifarişimi|şənbə günkü oyunu|vergiləri|pulsuz konserti|"
            + "köhnə körpünü|yeni albomunu|küçədəki təmiri|petisiyanı|yeməkxananı|kirayə haqqını|parkinqi|sənədli filmi|hovuzu|"
            + "turniri|qanun layihəsini|benzin qiymətlərini|yeni tətbiqi|yay festivalını|dərs cədvəlini|yeni velosipedi|iclası|"
            + "imtahan nəticələrini|kitabı|stadionu|mobil tarifi|işıq pulunu|abunəliyi|~ nömrəli avtobusu|yeni parkı|muzeyi|"
            + "bayram proqramını|qış tətilini|sərgini"),
        Verbs = new("elan etdi|yenə unutdu|tənqid etdi|dəstəklədi|təqdim etdi|ləğv etdi|təxirə saldı|müzakirə etdi|yenilədi|açdı|"
            + "bağladı|artırdı|endirdi|çox bəyəndi|sildi|satdı|aldı|paylaşdı|gizlətdi|tapdı|itirdi|yoxladı|təsdiqlədi|dəyişdi|"
            + "təmir etdi|vəd etdi|sınaqdan keçirdi|tövsiyə etdi"),
        Tails = new("səhərdən bəri|və heç kim danışmır|ciddi?|həmişəki kimi|yenə də|inanılmazdır|maraqlıdır|görək nə olacaq|nəhayət!|"
            + "vaxtı idi|şoka düşdüm|~ gündür|~-ci dəfədir|sağ olsunlar|Allah kömək olsun|xəbərdarlıq etmədən|saat ~-dək|~ manata"),
        Reactions = new("Sabahınız xeyir!|Hamıya uğurlar!|Gözəl gündür|Həftə sonu gəldi!|Çox yorğunam bu gün|Təşəkkürlər hamınıza!|"
            + "Qarabağ Azərbaycandır! 🇦🇿|Kim matça baxır?|Çay vaxtıdır ☕|Gecəniz xeyrə|Bakı bu gün çox gözəldir|Uğurlar, dostlar!|"
            + "Yaşasın Azərbaycan!|Bu gün çox işim var|Axşamınız xeyir|Cümə günü gəldi!"),
        Questions = new("haqqında nə düşünürsünüz|kim sınayıb|kim xatırlayır|haqqında niyə heç kim danışmır|sizcə necədir|"
            + "haqqında fikirləriniz|kim gedir"),
        Topics = new("Qarabağ|Şuşa|Bakı marafonu|yeni metro stansiyası|COP29|Formula 1 Bakı|Novruz bayramı|qiymət artımı|futbol|"
            + "Neftçi|Qarabağ FK|universitet qəbulu|havanın vəziyyəti|Xəzər dənizi|yeni park|Azərbaycan mətbəxi|muğam|Naxçıvan|"
            + "Gəncə|kitab sərgisi|Bakı bulvarı|Qəbələ"),
        Hashtags = new("Azərbaycan|Azerbaijan|Bakı|Baku|Qarabağ|Karabakh|Şuşa|COP29|QarabağAzərbaycandır|Neftçi|Gəncə|Naxçıvan|"
            + "Xəzər|Novruz|Azərbaycanlı"),
        Attributions = new("nənəm deyərdi|qonşum deyir|radioda dedilər|bizdə belə deyirlər"),
        Bios = new("Jurnalist|Tələbə|Vətənimi sevirəm|Müəllim|Həkim|İdmançı|Fotoqraf|Proqramçı|Yazar|Şəxsi hesab|Futbol azarkeşi|"
            + "Mühəndis|Musiqi sevən|Səyahətçi|Ailə başçısı|Hüquqşünas|Siyasi şərhçi"),
        Locations = new("Bakı|Baku|Baku, Azerbaijan|Azərbaycan|Gəncə|Sumqayıt|Lənkəran|Şəki|Naxçıvan|Bakı, Azərbaycan"),
        FirstNames = new("Elvin|Aynur|Rəşad|Günel|Orxan|Leyla|Tural|Nigar|Kamran|Səbinə|Elçin|Aysel|Fərid|Ülviyyə|Murad|Nərmin|"
            + "Rauf|Könül|Vüsal|Lalə"),
        LastNames = new("Məmmədov|Əliyeva|Həsənov|Quliyeva|Hüseynov|İsmayılova|Əhmədov|Abbasova|Rəhimov|Babayeva|Səfərov|Cəfərova|"
            + "Nəsirov|Kərimova|Əsgərov"),
        Domains = new("apa.az|report.az|azertag.az|trend.az|oxu.az|qafqazinfo.az|musavat.com"),
    };
}
