namespace NetworkGraph.Scenarios.Content;

internal static partial class Lexicons
{
    private static Lexicon Turkish() => new()
    {
        Lang = Lang.Tr,
        SubjectObjectVerb = true,
        QuestionAfterTopic = true,
        Openers = new("Açıkçası,|Neyse,|İnanılmaz:|Hatırlatma:|Cidden,|Bu arada,|Bu sabah|Dün akşam|Yine|Dikkat:|Güzel haber:|"
            + "Aramızda kalsın,|Bence|Galiba|Son dakika:"),
        Subjects = new("hükümet|komşum|belediye|matematik öğretmenim|patron|takımımız|kedim|yeni başkan|köşedeki fırın|kardeşim|"
            + "bu youtuber|bakan|babaannem|kulüp|bu restoran|banka|muhalefet|sendika|iş arkadaşım|dizi|doktorum|üniversite|amcam"),
        Objects = new("şehir bütçesini|yeni reformu|otobüs saatlerini|siparişimi|cumartesi maçını|vergileri|ücretsiz konseri|eski köprüyü|"
            + "yeni albümünü|yol çalışmasını|dilekçeyi|yemekhaneyi|kiraları|otoparkı|belgeseli|havuzu|turnuvayı|kanun teklifini|"
            + "benzin fiyatlarını|yeni uygulamayı|festivali|~ numaralı hattı|elektrik faturasını|kütüphaneyi|stadı"),
        Verbs = new("açıkladı|yine unuttu|sert eleştirdi|destekledi|sundu|iptal etti|erteledi|tartıştı|güncelledi|açtı|kapattı|"
            + "artırdı|düşürdü|çok beğendi|sildi|sattı|aldı|paylaştı|buldu|kaybetti|onayladı|değiştirdi|tamir etti|söz verdi"),
        Tails = new("sabahtan beri|ve kimse konuşmuyor|cidden mi?|her zamanki gibi|yine|inanılmaz|bakalım ne olacak|nihayet!|"
            + "zamanı gelmişti|şok oldum|~ gündür|~. kez|haber vermeden|saat ~'e kadar|~ liraya"),
        Reactions = new("Günaydın!|Herkese bol şans!|Güzel bir gün|Hafta sonu geldi!|Bugün çok yorgunum|Hepinize teşekkürler!|"
            + "Maçı kim izliyor?|Çay saati ☕|İyi geceler|Hayırlı cumalar|Bugün çok işim var"),
        Questions = new("hakkında ne düşünüyorsunuz|kim denedi|kim hatırlıyor|hakkında neden kimse konuşmuyor|hakkında fikirleriniz"),
        Topics = new("Süper Lig|enflasyon|kahve fiyatları|Paris Olimpiyatları|yeni iPhone|derbi|seçim anketleri|kış tatili|yapay zeka"),
        Hashtags = new("Türkiye|İstanbul|Ankara|İzmir|SüperLig|Futbol|Gündem|Siyaset|Müzik|Sinema|Hava|Teknoloji|Galatasaray|Fenerbahçe"),
        Attributions = new("babaannemin dediği gibi|komşumun dediğine göre|radyoda söylendiği gibi"),
        Bios = new("Futbol sever|İki çocuk annesi|Hukuk öğrencisi|Öğretmen|Mühendis|Dizi bağımlısı|Kişisel hesap|Gazeteci|Yazılımcı|Hemşire"),
        Locations = new("İstanbul|Ankara|İzmir|Türkiye|Bursa|Antalya|Konya|Adana"),
        FirstNames = new("Mehmet|Ayşe|Mustafa|Fatma|Ahmet|Zeynep|Emre|Elif|Burak|Merve|Can|Selin"),
        LastNames = new("Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Yıldırım|Öztürk|Aydın|Özdemir|Arslan|Doğan"),
        Domains = new("hurriyet.com.tr|sozcu.com.tr|milliyet.com.tr|ntv.com.tr|haberturk.com"),
    };

    private static Lexicon Russian() => new()
    {
        Lang = Lang.Ru,
        Openers = new("Честно говоря,|Ну что ж,|Невероятно:|Напоминаю:|Серьёзно,|Кстати,|Сегодня утром|Вчера вечером|Опять|"
            + "Внимание:|Хорошая новость:|Между нами,|Думаю,|Похоже,|Срочно:"),
        Subjects = new("правительство|мой сосед|мэрия|учительница математики|начальник|наша команда|мой кот|новый мэр|пекарня за углом|"
            + "мой брат|этот блогер|министр|моя бабушка|клуб|этот ресторан|банк|оппозиция|профсоюз|мой коллега|сериал|мой врач|университет"),
        Verbs = new("только что объявил|опять забыл про|отказывается платить за|наконец опубликовал|резко критикует|поддерживает|"
            + "провалил|тайно готовит|запустил|удалил|советует|обнаружил|до сих пор не понимает|продал|предлагает|организует|потерял|"
            + "отменил|перенёс|получил|игнорирует|починил|обещал|одобрил|повысил"),
        Objects = new("городской бюджет|новую реформу|расписание автобусов|мой заказ|субботний матч|налоги|бесплатный концерт|старый мост|"
            + "новый альбом|ремонт дороги|петицию|столовую|аренду|парковку|документальный фильм|бассейн|турнир|законопроект|"
            + "цены на бензин|новое приложение|фестиваль|маршрут ~|счёт за свет|библиотеку|стадион"),
        Tails = new("с самого утра|и никто об этом не говорит|серьёзно?|как обычно|опять|это безумие|посмотрим, что будет|наконец-то!|"
            + "давно пора|я в шоке|уже ~ дней|в ~-й раз|без предупреждения|до ~ часов|за ~ рублей"),
        Reactions = new("Доброе утро всем!|Всем удачи!|Прекрасный день|Наконец выходные!|Сегодня очень устал|Спасибо всем!|"
            + "Кто смотрит матч?|Время чая ☕|Спокойной ночи|Сегодня много работы|Всем хорошего вечера"),
        Questions = new("Что думаете про|Кто пробовал|Кто помнит|Почему никто не говорит про|Мнения про"),
        Topics = new("инфляцию|цены на кофе|Олимпиаду в Париже|новый iPhone|чемпионат|выборы|зимние каникулы|искусственный интеллект"),
        Hashtags = new("Москва|Новости|Политика|Футбол|Музыка|Кино|Погода|Технологии|Путешествия|Баку"),
        Attributions = new("как говорила моя бабушка|по словам соседа|как сказали по радио"),
        Bios = new("Болельщик|Мама двоих детей|Студент юрфака|Учитель|Инженер|Личный аккаунт|Журналист|Программист|Путешественник"),
        Locations = new("Москва|Санкт-Петербург|Россия|Казань|Новосибирск|Екатеринбург|Минск|Тбилиси"),
        FirstNames = new("Алексей|Мария|Дмитрий|Анна|Сергей|Елена|Иван|Ольга|Андрей|Наталья|Максим|Татьяна"),
        LastNames = new("Иванов|Смирнова|Кузнецов|Попова|Васильев|Петрова|Соколов|Михайлова|Новиков|Фёдорова|Морозов|Волкова"),
        Domains = new("ria.ru|tass.ru|rbc.ru|kommersant.ru|lenta.ru|meduza.io"),
    };
}
