namespace NetworkGraph.Scenarios.Content;

internal static partial class Lexicons
{
    private static Lexicon Spanish() => new()
    {
        Lang = Lang.Es,
        Openers = new("Sinceramente,|Bueno,|Increíble:|Recordatorio:|En serio,|Por cierto,|Lo llevo diciendo tiempo:|La verdad,|"
            + "En fin,|Dato curioso:|Esta mañana|Anoche|Otra vez|Ojo:|Buena noticia:|Mala noticia:|Entre nosotros,|Creo que|"
            + "Al parecer|Adivinad qué:|Última hora:|¿Soy yo o|Atención:"),
        Subjects = new("el gobierno|mi vecino|el ayuntamiento|mi profe de mates|el jefe|nuestro equipo|Renfe|mi gato|el nuevo alcalde|"
            + "la panadería de la esquina|mi hermano|ese youtuber|el hombre del tiempo|el ministro|mi abuela|el club|este restaurante|"
            + "el banco|la oposición|el sindicato|mi compañero|el vecino de arriba|la serie|el festival|mi médico|el súper|la ciudad|"
            + "este pódcast|mi compañero de piso|el entrenador|la universidad|el barrio|ese cantante|el canal de noticias|mi tío|la diputada"),
        Verbs = new("acaba de anunciar|se olvidó otra vez de|se niega a pagar|por fin publicó|critica duramente|sigue defendiendo|"
            + "arruinó por completo|prepara en secreto|acaba de lanzar|eliminó|recomienda|descubrió|sigue sin entender|adoró|odió|"
            + "vendió|propone|cuestiona|organiza|perdió|busca desesperadamente|canceló|aplazó|apoya|recibió|comparte|ignora|arregló|"
            + "prometió|está probando|va a presentar|copió|encontró|retrasa|aprobó|subió"),
        Objects = new("el presupuesto municipal|una nueva reforma|los horarios del autobús|mi pedido|el partido del sábado|"
            + "la fiesta del barrio|los impuestos|un concierto gratis|el puente viejo|su último disco|las obras de la calle|"
            + "el mercado navideño|una petición|el comedor escolar|los alquileres|el aparcamiento|un documental|la piscina municipal|"
            + "su receta de tortilla|el torneo|el proyecto de ley|el precio de la gasolina|una app nueva|el festival de verano|"
            + "la vuelta al cole|las vacaciones|una bici nueva|el wifi de la estación|la reunión del lunes|los resultados|"
            + "la línea ~|la factura de la luz|una suscripción|el huerto urbano|las elecciones|el carril bici|la biblioteca|el estadio"),
        Tails = new("desde esta mañana|y nadie habla de ello|¿en serio?|como siempre|otra vez|es una locura|¿hablamos de esto?|"
            + "increíble pero cierto|lo de siempre|promete|continuará|qué tiempos|por ~ª vez|desde hace ~ días|y luego nos sorprendemos|"
            + "ya es ridículo|gracias por nada|¡por fin!|ya era hora|juzgad vosotros|estoy flipando|qué fuerte|qué ganas de mañana|"
            + "menuda broma|nada nuevo|sin avisar a nadie|antes de las ~|por ~ euros|no me lo creo"),
        Reactions = new("¡Qué ganas!|No puedo más 😂|Vaya día...|Que llegue ya el finde.|Me muero de risa|Hoy no sale nada bien|"
            + "¡Buenas noches a todos!|¿Quién se apunta esta noche?|Me vuelve loco|Totalmente de acuerdo|Qué gusto este sol|"
            + "Otro lunes más...|¡Gracias por vuestros mensajes!|Necesito vacaciones.|¡Es oficial!|¡Vamos!|Se me enfría el café|"
            + "No digo nada más.|Muy orgulloso de vosotros|¡Día productivo!|Llueve otra vez, cómo no.|¿Alguien ve el partido?|"
            + "¡Por fin viernes!|¿Alguna novedad?|Buen provecho a todos"),
        Questions = new("¿Qué opináis de|¿Alguien ha probado|¿Quién se acuerda de|¿Por qué nadie habla de|¿Opiniones sobre|"
            + "¿Quién va a|¿Habéis visto"),
        Topics = new("La Liga|el Clásico|la inflación|el precio del aceite|la Copa del Rey|los Juegos de París|el teletrabajo|"
            + "el nuevo iPhone|las rebajas|el Balón de Oro|la Navidad|la lotería de Navidad|los Reyes Magos|la ola de calor|"
            + "el precio de la vivienda|la final|la huelga de transporte|la inteligencia artificial|el festival de Benidorm"),
        Hashtags = new("España|Madrid|Barcelona|México|Argentina|LaLiga|Fútbol|Noticias|Política|Música|Cine|Tiempo|Tecnología|"
            + "Viajes|Comida|Libros|Elecciones|Navidad|RealMadrid|Barça"),
        Attributions = new("como decía mi abuela|según mi vecino|como dijeron en la radio|como se dice en mi pueblo|"
            + "me dijo el taxista|o eso dicen"),
        Bios = new("Futbolero|Madre de dos|Estudiante de derecho|Profe de lengua|Amante de la montaña|Ingeniero|Cocinero aficionado|"
            + "Seriéfilo|Opiniones personales|Fotógrafo de domingo|Periodista|Desarrollador web|Enfermera|Músico|Diseñador|Corredor|"
            + "Voluntario|Cinéfilo|Viajero|Padre|Friki orgulloso"),
        Locations = new("Madrid|Barcelona|Sevilla|Valencia|Bilbao|Málaga|Zaragoza|España|Ciudad de México|CDMX|Guadalajara|"
            + "Buenos Aires, Argentina|Bogotá|Lima, Perú|Santiago de Chile|Monterrey"),
        FirstNames = new("Lucía|Pablo|María|Javier|Carmen|Alejandro|Sofía|Daniel|Paula|Carlos|Laura|Sergio|Marta|Diego|Ana|"
            + "Miguel|Elena|Álvaro|Valentina|Jorge"),
        LastNames = new("García|Fernández|González|Rodríguez|López|Martínez|Sánchez|Pérez|Gómez|Martín|Jiménez|Ruiz|Hernández|"
            + "Díaz|Moreno|Muñoz|Álvarez|Romero|Alonso|Navarro"),
        Domains = new("elpais.com|elmundo.es|abc.es|lavanguardia.com|eldiario.es|clarin.com|eluniversal.com.mx|marca.com"),
    };
}
