"""Demo content for the Crowdtime website: tags, pages and articles in French, English and Spanish."""

TAGS = {
    "digital-volunteering": {
        "fr": "bénévolat numérique",
        "en": "digital volunteering",
        "es": "voluntariado digital",
    },
    "micro-volunteering": {
        "fr": "microbénévolat",
        "en": "micro-volunteering",
        "es": "microvoluntariado",
    },
    "crowdtiming": {
        "fr": "crowdtiming",
        "en": "crowdtiming",
        "es": "crowdtiming",
    },
    "skills": {
        "fr": "compétences",
        "en": "skills",
        "es": "competencias",
    },
    "ngos": {
        "fr": "associations",
        "en": "non-profits",
        "es": "asociaciones",
    },
    "environment": {
        "fr": "environnement",
        "en": "environment",
        "es": "medio ambiente",
    },
    "inclusion": {
        "fr": "inclusion",
        "en": "inclusion",
        "es": "inclusión",
    },
    "online-safety": {
        "fr": "sécurité en ligne",
        "en": "online safety",
        "es": "seguridad en línea",
    },
    "motivation": {
        "fr": "motivation",
        "en": "motivation",
        "es": "motivación",
    },
    "collective-impact": {
        "fr": "impact collectif",
        "en": "collective impact",
        "es": "impacto colectivo",
    },
    "families": {
        "fr": "en famille",
        "en": "families",
        "es": "en familia",
    },
}

HOME = {
    "title": {
        "fr": "Accueil",
        "en": "Home",
        "es": "Inicio",
    },
    "hero_heading": {
        "fr": "Donnez un peu de temps, changeons beaucoup ensemble",
        "en": "Give a little time, and together we change a lot",
        "es": "Da un poco de tiempo y juntos cambiaremos mucho",
    },
    "hero_text": {
        "fr": "Crowdtime rassemble celles et ceux qui veulent aider une cause en quelques minutes, en ligne ou près de chez eux. Découvrez le microbénévolat et le crowdtiming, et voyez ce que nos petits gestes accomplissent ensemble.",
        "en": "Crowdtime brings together people who want to help a cause in a few minutes, online or close to home. Discover micro-volunteering and crowdtiming, and see what our small gestures achieve together.",
        "es": "Crowdtime reúne a quienes quieren ayudar a una causa en unos minutos, en línea o cerca de casa. Descubre el microvoluntariado y el crowdtiming, y mira lo que nuestros pequeños gestos logran juntos.",
    },
    "search_description": {
        "fr": "Crowdtime, le site du bénévolat numérique : microbénévolat, crowdtiming et conseils pour donner un peu de son temps à des causes utiles.",
        "en": "Crowdtime, the digital volunteering website: micro-volunteering, crowdtiming and advice on giving a little of your time to good causes.",
        "es": "Crowdtime, el sitio del voluntariado digital: microvoluntariado, crowdtiming y consejos para dedicar un poco de tu tiempo a buenas causas.",
    },
    "featured_heading": {
        "fr": "Derniers articles",
        "en": "Latest articles",
        "es": "Últimos artículos",
    },
}

ARTICLE_INDEX = {
    "title": {
        "fr": "Articles",
        "en": "Articles",
        "es": "Artículos",
    },
    "slug": {
        "fr": "articles",
        "en": "articles",
        "es": "articulos",
    },
    "introduction": {
        "fr": "Comprendre le bénévolat numérique, apprendre à proposer un bon défi, découvrir des campagnes collectives : nos articles pour s’engager en connaissance de cause.",
        "en": "Understand digital volunteering, learn how to write a good challenge, discover collective campaigns: our articles help you get involved with your eyes open.",
        "es": "Entender el voluntariado digital, aprender a proponer un buen reto, descubrir campañas colectivas: nuestros artículos para implicarte con conocimiento de causa.",
    },
    "search_description": {
        "fr": "Tous les articles de Crowdtime sur le bénévolat numérique, le microbénévolat, le crowdtiming et l’inclusion.",
        "en": "All Crowdtime articles on digital volunteering, micro-volunteering, crowdtiming and inclusion.",
        "es": "Todos los artículos de Crowdtime sobre voluntariado digital, microvoluntariado, crowdtiming e inclusión.",
    },
}

ARTICLES = [
    {
        "key": "what-is-digital-volunteering",
        "title": {
            "fr": "Le bénévolat numérique, c’est quoi au juste ?",
            "en": "What exactly is digital volunteering?",
            "es": "¿Qué es exactamente el voluntariado digital?",
        },
        "slug": {
            "fr": "le-benevolat-numerique-c-est-quoi-au-juste",
            "en": "what-exactly-is-digital-volunteering",
            "es": "que-es-exactamente-el-voluntariado-digital",
        },
        "introduction": {
            "fr": "Aider une association sans quitter son bureau ni sa cuisine : le bénévolat numérique ouvre l’engagement à celles et ceux qui n’ont ni le temps ni la possibilité de se déplacer.",
            "en": "Helping a non-profit without leaving your desk or your kitchen: digital volunteering opens civic engagement to people who lack the time or the means to travel.",
            "es": "Ayudar a una asociación sin moverse del escritorio ni de la cocina: el voluntariado digital abre el compromiso a quienes no tienen tiempo ni posibilidad de desplazarse.",
        },
        "search_description": {
            "fr": "Définition, exemples et limites du bénévolat numérique : comment donner de son temps à une cause à distance, grâce à des outils en ligne.",
            "en": "Digital volunteering explained: what it is, what volunteers actually do, and the limits of giving your time to a cause from a distance.",
            "es": "El voluntariado digital explicado: qué es, qué hacen las personas voluntarias y cuáles son los límites de ayudar a distancia.",
        },
        "author": "Camille Roussel",
        "date": "2026-06-04",
        "tags": ["digital-volunteering", "ngos", "inclusion"],
        "image": {
            "motif": "globe",
            "alt": {
                "fr": "Illustration d’un globe traversé de méridiens, entouré de petits points reliés entre eux.",
                "en": "Illustration of a globe with meridians, surrounded by small connected dots.",
                "es": "Ilustración de un globo terráqueo con meridianos, rodeado de pequeños puntos conectados entre sí.",
            },
            "caption": {
                "fr": "Le bénévolat numérique relie des personnes et des associations d’un bout à l’autre de la planète.",
                "en": "Digital volunteering links people and organisations from one side of the planet to the other.",
                "es": "El voluntariado digital conecta a personas y organizaciones de una punta a otra del planeta.",
            },
        },
        "body": [
            {
                "type": "heading",
                "text": {
                    "fr": "Une autre façon de donner de son temps",
                    "en": "Another way to give your time",
                    "es": "Otra manera de dar tu tiempo",
                },
            },
            {
                "type": "paragraphs",
                "items": [
                    {
                        "fr": "Le bénévolat numérique, qu’on appelle aussi bénévolat en ligne ou virtuel, désigne toute aide apportée à une cause à distance, au moyen d’outils connectés. Au lieu de se rendre dans un local associatif, la personne bénévole agit depuis chez elle, dans un train ou à la bibliothèque. Elle peut relire un texte, répondre à une question, préparer un visuel ou partager une expertise. L’association reçoit un coup de main concret, et la personne engagée choisit le moment qui lui convient.",
                        "en": "Digital volunteering, also called online or virtual volunteering, covers any help given to a cause remotely, through connected tools. Instead of going to a charity’s premises, volunteers work from home, on a train or in a library. They might proofread a text, answer a question, prepare a visual or share some expertise. The organisation gets concrete support, and the volunteer picks a moment that suits them.",
                        "es": "El voluntariado digital, también llamado voluntariado en línea o virtual, abarca cualquier ayuda que se presta a una causa a distancia, mediante herramientas conectadas. En lugar de acudir a la sede de una asociación, la persona voluntaria colabora desde casa, en el tren o en una biblioteca. Puede revisar un texto, responder a una pregunta, preparar una imagen o compartir sus conocimientos. La organización recibe una ayuda concreta y quien colabora elige el momento que mejor le viene.",
                    },
                    {
                        "fr": "Dans ce modèle, les frontières pèsent beaucoup moins. Une traductrice installée à Montréal peut adapter la brochure d’une association sénégalaise, pendant qu’un développeur de Valence corrige le formulaire d’inscription d’un refuge pour animaux en Belgique. Ce qui relie ces personnes n’est pas un lieu, mais un but commun. Pris un par un, ces gestes restent modestes ; additionnés, ils représentent un travail collectif que peu d’associations auraient les moyens de payer.",
                        "en": "Borders matter far less in this model. A translator living in Montreal can adapt a leaflet for an association in Senegal, while a developer in Valencia fixes the sign-up form of an animal shelter in Belgium. What connects these people is not a place but a shared goal. Each gesture is modest on its own; added together, they amount to collective work that few organisations could afford to pay for.",
                        "es": "En este modelo, las fronteras pesan mucho menos. Una traductora que vive en Montreal puede adaptar el folleto de una asociación senegalesa, mientras un desarrollador de Valencia arregla el formulario de inscripción de un refugio de animales en Bélgica. Lo que une a estas personas no es un lugar, sino un objetivo común. Cada gesto es modesto por sí solo; sumados, forman un trabajo colectivo que pocas organizaciones podrían pagar.",
                    },
                ],
            },
            {
                "type": "heading",
                "text": {
                    "fr": "Ce que l’on y gagne, de part et d’autre",
                    "en": "What both sides gain",
                    "es": "Lo que ganan ambas partes",
                },
            },
            {
                "type": "paragraphs",
                "items": [
                    {
                        "fr": "Pour les bénévoles, l’intérêt est d’abord pratique : pas de trajet, pas de frais, et un engagement qui s’adapte aux semaines chargées. C’est aussi une occasion d’apprendre, de tester une compétence nouvelle ou de découvrir d’autres cultures en échangeant avec des équipes lointaines. Pour les associations, c’est l’accès à des profils qu’elles n’auraient jamais croisés localement, qu’il s’agisse de graphistes, de juristes, de traducteurs ou simplement de personnes prêtes à donner un avis sincère.",
                        "en": "For volunteers, the appeal is first of all practical: no commute, no expenses, and a commitment that adapts to busy weeks. It is also a chance to learn, to try out a new skill or to discover other cultures by working with distant teams. For organisations, it means reaching people they would never have met locally, whether graphic designers, lawyers, translators or simply people willing to give an honest opinion.",
                        "es": "Para quien se ofrece como voluntario, la ventaja es ante todo práctica: sin desplazamientos, sin gastos y con un compromiso que se adapta a las semanas más cargadas. También es una ocasión para aprender, probar una habilidad nueva o descubrir otras culturas al colaborar con equipos lejanos. Para las asociaciones, supone llegar a perfiles que nunca habrían encontrado en su entorno: diseñadores, juristas, traductores o, sencillamente, personas dispuestas a dar una opinión sincera.",
                    },
                ],
            },
            {
                "type": "quote",
                "text": {
                    "fr": "Je n’ai jamais rencontré l’équipe du refuge, et pourtant je connais le nom de chaque chien dont j’ai rédigé l’annonce d’adoption.",
                    "en": "I have never met the shelter team, yet I know the name of every dog whose adoption notice I wrote.",
                    "es": "Nunca he conocido al equipo del refugio, pero sé el nombre de cada perro cuyo anuncio de adopción he redactado.",
                },
                "attribution": {
                    "fr": "Élodie, bénévole rédactrice à Nantes",
                    "en": "Élodie, volunteer writer in Nantes",
                    "es": "Élodie, voluntaria redactora en Nantes",
                },
            },
            {
                "type": "heading",
                "text": {
                    "fr": "Des limites à connaître",
                    "en": "Limits worth knowing",
                    "es": "Límites que conviene conocer",
                },
            },
            {
                "type": "paragraphs",
                "items": [
                    {
                        "fr": "Travailler à distance ne règle pas tout. Sans rencontre physique, la confiance met plus de temps à s’installer, et la motivation peut s’effriter quand on ne voit jamais le résultat de ses efforts. Tout le monde ne dispose pas non plus d’un ordinateur récent, d’une bonne connexion ou de l’aisance nécessaire avec les outils. Une plateforme sérieuse doit tenir compte de ces écarts au lieu de faire comme s’ils n’existaient pas.",
                        "en": "Working remotely does not solve everything. Without meeting in person, trust takes longer to build, and motivation can fade when you never see the outcome of your efforts. Not everyone has a recent computer, a good connection or the confidence to use online tools either. A serious platform has to take these gaps into account rather than pretend they do not exist.",
                        "es": "Trabajar a distancia no lo resuelve todo. Sin encuentros en persona, la confianza tarda más en construirse y la motivación puede desvanecerse cuando nunca se ven los resultados del esfuerzo. Además, no todo el mundo tiene un ordenador reciente, una buena conexión o soltura con las herramientas digitales. Una plataforma seria debe tener en cuenta estas diferencias en lugar de fingir que no existen.",
                    },
                    {
                        "fr": "C’est précisément l’ambition de Crowdtime : proposer des missions courtes et claires, montrer ce que chaque contribution a permis, et rester lisible pour les personnes peu à l’aise avec le numérique. Les articles de ce site explorent ces questions une par une, du microbénévolat aux campagnes collectives.",
                        "en": "That is exactly what Crowdtime aims for: offering short, clear tasks, showing what each contribution has made possible, and staying easy to use for people who are not comfortable with digital tools. The articles on this site explore these questions one by one, from micro-volunteering to collective campaigns.",
                        "es": "Esa es precisamente la ambición de Crowdtime: proponer tareas cortas y claras, mostrar lo que ha hecho posible cada aportación y seguir siendo fácil de usar para quienes se manejan poco con lo digital. Los artículos de este sitio abordan estas cuestiones una a una, del microvoluntariado a las campañas colectivas.",
                    },
                ],
            },
            {
                "type": "call_to_action",
                "title": {
                    "fr": "Et si vous commenciez par un quart d’heure ?",
                    "en": "Why not start with fifteen minutes?",
                    "es": "¿Y si empiezas con un cuarto de hora?",
                },
                "text": {
                    "fr": "Découvrez comment fonctionnent les défis de microbénévolat et ce qu’on peut accomplir en si peu de temps.",
                    "en": "Find out how micro-volunteering challenges work and what can be achieved in so little time.",
                    "es": "Descubre cómo funcionan los retos de microvoluntariado y lo que se puede lograr en tan poco tiempo.",
                },
                "button_label": {
                    "fr": "Lire l’article sur le microbénévolat",
                    "en": "Read about micro-volunteering",
                    "es": "Leer sobre el microvoluntariado",
                },
                "link": "micro-volunteering-in-15-minutes",
            },
        ],
    },
    {
        "key": "micro-volunteering-in-15-minutes",
        "title": {
            "fr": "Microbénévolat : un quart d’heure pour une cause",
            "en": "Micro-volunteering: fifteen minutes for a cause",
            "es": "Microvoluntariado: quince minutos por una causa",
        },
        "slug": {
            "fr": "microbenevolat-un-quart-d-heure-pour-une-cause",
            "en": "micro-volunteering-fifteen-minutes-for-a-cause",
            "es": "microvoluntariado-quince-minutos-por-una-causa",
        },
        "introduction": {
            "fr": "Entre deux rendez-vous ou pendant une pause, un quart d’heure suffit pour relever un petit défi lancé par une association. Voici comment fonctionne le microbénévolat.",
            "en": "Between two appointments or during a break, fifteen minutes is enough to take on a small challenge set by a non-profit. Here is how micro-volunteering works.",
            "es": "Entre dos citas o durante una pausa, un cuarto de hora basta para afrontar un pequeño reto propuesto por una asociación. Así funciona el microvoluntariado.",
        },
        "search_description": {
            "fr": "Le microbénévolat permet d’aider une association en ligne en une quinzaine de minutes, sans engagement ni horaire fixe. Mode d’emploi.",
            "en": "Micro-volunteering lets you help a non-profit online in about fifteen minutes, with no schedule and no long-term commitment. Here is how.",
            "es": "El microvoluntariado permite ayudar a una asociación en línea en unos quince minutos, sin horarios ni compromisos a largo plazo. Te explicamos cómo.",
        },
        "author": "Tomás Ibarra",
        "date": "2026-06-23",
        "tags": ["micro-volunteering", "digital-volunteering", "ngos"],
        "image": {
            "motif": "clock",
            "alt": {
                "fr": "Illustration d’un grand cadran d’horloge dont le premier quart d’heure est mis en évidence.",
                "en": "Illustration of a large clock face with its first quarter hour highlighted.",
                "es": "Ilustración de una gran esfera de reloj con su primer cuarto de hora resaltado.",
            },
            "caption": {
                "fr": "Un quart d’heure bien employé suffit pour relever un défi solidaire.",
                "en": "Fifteen well-spent minutes are enough to complete a challenge for a good cause.",
                "es": "Un cuarto de hora bien aprovechado basta para completar un reto solidario.",
            },
        },
        "body": [
            {
                "type": "heading",
                "text": {
                    "fr": "Le principe : de petites tâches, beaucoup de mains",
                    "en": "The idea: small tasks, many hands",
                    "es": "La idea: tareas pequeñas, muchas manos",
                },
            },
            {
                "type": "paragraphs",
                "items": [
                    {
                        "fr": "Beaucoup de gens aimeraient s’engager, mais leur agenda déborde entre le travail, les études, la famille et le besoin légitime de souffler. Le microbénévolat part de ce constat. Plutôt que de demander plusieurs heures par semaine, il découpe l’aide en petites missions réalisables en ligne en une quinzaine de minutes, au moment choisi par chacun. Une pause déjeuner, un trajet en bus ou une soirée calme deviennent autant d’occasions de rendre service.",
                        "en": "Many people would like to get involved, but their diaries are full of work, studies, family and the perfectly legitimate need to rest. Micro-volunteering starts from that observation. Rather than asking for several hours a week, it breaks help down into small online tasks that take about fifteen minutes, done whenever each person chooses. A lunch break, a bus ride or a quiet evening all become chances to lend a hand.",
                        "es": "Mucha gente querría implicarse, pero su agenda está llena entre el trabajo, los estudios, la familia y la necesidad legítima de descansar. El microvoluntariado parte de esa constatación. En vez de pedir varias horas a la semana, divide la ayuda en pequeñas tareas en línea que se completan en unos quince minutos, cuando cada cual quiera. Una pausa para comer, un trayecto en autobús o una tarde tranquila se convierten en ocasiones para echar una mano.",
                    },
                    {
                        "fr": "Concrètement, deux groupes se rencontrent. D’un côté, des associations publient des défis : trouver un slogan, relire une page, suggérer une idée de collecte, donner un avis sur une maquette. De l’autre, des bénévoles indiquent les causes qui les touchent, comme l’environnement, la santé, l’éducation ou la protection animale, ainsi que ce qu’ils savent faire. À chaque visite, on leur propose des défis qui correspondent à ce profil.",
                        "en": "In practice, two groups meet. On one side, organisations post challenges: finding a slogan, proofreading a page, suggesting a fundraising idea, giving feedback on a mock-up. On the other, volunteers say which causes move them, such as the environment, health, education or animal welfare, and what they are good at. Each time they visit, they are offered challenges that match that profile.",
                        "es": "En la práctica, se encuentran dos grupos. Por un lado, las asociaciones publican retos: encontrar un eslogan, revisar una página, sugerir una idea para recaudar fondos, opinar sobre un boceto. Por otro, las personas voluntarias indican las causas que les importan, como el medio ambiente, la salud, la educación o la protección animal, y lo que saben hacer. En cada visita, reciben propuestas de retos que encajan con ese perfil.",
                    },
                ],
            },
            {
                "type": "heading",
                "text": {
                    "fr": "Pourquoi ça marche",
                    "en": "Why it works",
                    "es": "Por qué funciona",
                },
            },
            {
                "type": "paragraphs",
                "items": [
                    {
                        "fr": "La force du format tient à sa souplesse. Aucun horaire à respecter, aucune promesse de revenir la semaine suivante : on contribue quand on peut, d’où l’on veut, sans condition de diplôme. Cette absence de contrainte ne rend pas l’aide superficielle. Quand des dizaines de personnes répondent au même défi, l’association récolte une variété d’idées qu’aucune réunion interne n’aurait produite. On parle parfois d’externalisation ouverte, ou de crowdsourcing solidaire.",
                        "en": "The format’s strength lies in its flexibility. There is no timetable to keep and no promise to come back next week: you contribute when you can, wherever you are, with no diploma required. This lack of pressure does not make the help shallow. When dozens of people answer the same challenge, the organisation gathers a range of ideas that no internal meeting would have produced. This is sometimes called open outsourcing, or crowdsourcing for good.",
                        "es": "La fuerza del formato está en su flexibilidad. No hay horario que cumplir ni promesa de volver la semana siguiente: se contribuye cuando se puede, desde donde se quiera y sin exigencia de títulos. Que no haya obligación no hace que la ayuda sea superficial. Cuando decenas de personas responden al mismo reto, la asociación reúne una variedad de ideas que ninguna reunión interna habría producido. A veces se habla de externalización abierta o de crowdsourcing solidario.",
                    },
                    {
                        "fr": "La communauté joue aussi un rôle de filtre. Les bénévoles peuvent noter les propositions des autres, ce qui fait remonter les meilleures réponses et aide l’association à trancher. Cette évaluation collective évite à une petite équipe de passer des heures à trier, et elle montre à chaque participant que sa voix compte, même lorsqu’il n’a pas lui-même trouvé l’idée retenue.",
                        "en": "The community also acts as a filter. Volunteers can rate each other’s suggestions, which brings the best answers to the top and helps the organisation decide. This collective assessment saves a small team from spending hours sorting through replies, and it shows every participant that their voice counts, even when the idea that gets chosen was not their own.",
                        "es": "La comunidad también actúa como filtro. Las personas voluntarias pueden valorar las propuestas de las demás, lo que hace subir las mejores respuestas y ayuda a la asociación a decidir. Esta evaluación colectiva evita que un equipo pequeño pase horas clasificando respuestas y demuestra a cada participante que su voz cuenta, aunque la idea elegida no haya sido la suya.",
                    },
                ],
            },
            {
                "type": "quote",
                "text": {
                    "fr": "Je réponds à un défi pendant que le café passe. Le mois dernier, c’est mon titre qui a été choisi pour une campagne contre le gaspillage alimentaire.",
                    "en": "I answer a challenge while the coffee brews. Last month, my headline was picked for a campaign against food waste.",
                    "es": "Respondo a un reto mientras se hace el café. El mes pasado eligieron mi título para una campaña contra el desperdicio de alimentos.",
                },
                "attribution": {
                    "fr": "Karim, microbénévole à Lille",
                    "en": "Karim, micro-volunteer in Lille",
                    "es": "Karim, microvoluntario en Lille",
                },
            },
            {
                "type": "heading",
                "text": {
                    "fr": "Ce que le microbénévolat ne remplace pas",
                    "en": "What micro-volunteering does not replace",
                    "es": "Lo que el microvoluntariado no sustituye",
                },
            },
            {
                "type": "paragraphs",
                "items": [
                    {
                        "fr": "Un quart d’heure ne suffit pas à accompagner une personne isolée ou à tenir une permanence. Le microbénévolat complète l’engagement de longue durée, il ne s’y substitue pas. Il sert souvent de porte d’entrée : après quelques défis, certaines personnes découvrent une association qui leur plaît et décident de s’y investir davantage. D’autres préfèrent rester dans ce format léger, et c’est très bien ainsi.",
                        "en": "Fifteen minutes is not enough to support an isolated person or to staff a help desk. Micro-volunteering complements long-term commitment; it does not replace it. It often works as a way in: after a few challenges, some people discover an organisation they like and decide to get more involved. Others prefer to stick with this lighter format, and that is perfectly fine.",
                        "es": "Un cuarto de hora no basta para acompañar a una persona sola o para atender un punto de información. El microvoluntariado complementa el compromiso a largo plazo, no lo sustituye. A menudo sirve de puerta de entrada: tras algunos retos, hay quien descubre una asociación que le gusta y decide implicarse más. Otras personas prefieren quedarse en este formato ligero, y está muy bien así.",
                    },
                ],
            },
            {"type": "challenge_card", "challenge": "school-repair-workshops-funding"},
            {
                "type": "call_to_action",
                "title": {
                    "fr": "Vous représentez une association ?",
                    "en": "Do you represent a non-profit?",
                    "es": "¿Representas a una asociación?",
                },
                "text": {
                    "fr": "Un défi bien rédigé attire des réponses utiles. Voici nos conseils pour écrire le vôtre.",
                    "en": "A well-written challenge attracts useful answers. Here is our advice for writing yours.",
                    "es": "Un reto bien redactado atrae respuestas útiles. Te damos nuestros consejos para escribir el tuyo.",
                },
                "button_label": {
                    "fr": "Écrire un bon défi",
                    "en": "Write a good challenge",
                    "es": "Escribir un buen reto",
                },
                "link": "writing-a-good-challenge",
            },
        ],
    },
    {
        "key": "what-is-crowdtiming",
        "title": {
            "fr": "Crowdtiming : quand la foule donne du temps plutôt que de l’argent",
            "en": "Crowdtiming: when the crowd gives time instead of money",
            "es": "Crowdtiming: cuando la multitud da tiempo en lugar de dinero",
        },
        "slug": {
            "fr": "crowdtiming-quand-la-foule-donne-du-temps",
            "en": "crowdtiming-when-the-crowd-gives-time",
            "es": "crowdtiming-cuando-la-multitud-da-tiempo",
        },
        "introduction": {
            "fr": "Inspiré du financement participatif, le crowdtiming invite un grand nombre de personnes à offrir un peu de leur temps à un projet, avec une échéance et un objectif de participants.",
            "en": "Borrowing from crowdfunding, crowdtiming asks a large number of people to offer a little of their time to a project, with a deadline and a target number of participants.",
            "es": "Inspirado en la financiación colectiva, el crowdtiming invita a muchas personas a ofrecer un poco de su tiempo a un proyecto, con una fecha límite y un número de participantes como objetivo.",
        },
        "search_description": {
            "fr": "Le crowdtiming applique la logique du financement participatif au bénévolat : une campagne, une date limite, un objectif de participants.",
            "en": "Crowdtiming applies the logic of crowdfunding to volunteering: a campaign, a deadline and a target number of participants.",
            "es": "El crowdtiming aplica la lógica de la financiación colectiva al voluntariado: una campaña, una fecha límite y una meta de participantes.",
        },
        "author": "Nadia Benali",
        "date": "2026-07-09",
        "tags": ["crowdtiming", "collective-impact", "families"],
        "image": {
            "motif": "hands",
            "alt": {
                "fr": "Illustration de plusieurs mains levées de tailles différentes, dessinées en formes simples et arrondies.",
                "en": "Illustration of several raised hands of different sizes, drawn as simple rounded shapes.",
                "es": "Ilustración de varias manos alzadas de distintos tamaños, dibujadas con formas sencillas y redondeadas.",
            },
            "caption": {
                "fr": "Des mains de toutes tailles se lèvent : chacun apporte ce qu’il peut à la campagne.",
                "en": "Hands of every size go up: everyone brings what they can to the campaign.",
                "es": "Se alzan manos de todos los tamaños: cada cual aporta lo que puede a la campaña.",
            },
        },
        "body": [
            {
                "type": "heading",
                "text": {
                    "fr": "D’où vient le mot",
                    "en": "Where the word comes from",
                    "es": "De dónde viene la palabra",
                },
            },
            {
                "type": "paragraphs",
                "items": [
                    {
                        "fr": "Dans le mot crowdtiming, on reconnaît la foule (« crowd » en anglais) et le temps (« time »). Le terme fait écho au crowdfunding, que tout le monde connaît aujourd’hui : une campagne en ligne, une date de clôture, un but à atteindre. La différence porte sur ce que l’on met en commun. Personne ne sort ici sa carte bancaire ; chacun s’engage à consacrer un moment précis à une action, en fonction de ses disponibilités.",
                        "en": "In the word crowdtiming you can hear both the crowd and time. The term echoes crowdfunding, which everyone now knows: an online campaign, a closing date, a goal to reach. The difference lies in what people pool together. Nobody gets out a bank card here; instead, each person commits to spending a specific moment on an action, depending on when they are free.",
                        "es": "En la palabra crowdtiming se reconocen la multitud («crowd» en inglés) y el tiempo («time»). El término recuerda al crowdfunding, que hoy todo el mundo conoce: una campaña en línea, una fecha de cierre, una meta que alcanzar. La diferencia está en lo que se pone en común. Aquí nadie saca la tarjeta bancaria; cada persona se compromete a dedicar un momento concreto a una acción, según su disponibilidad.",
                    },
                    {
                        "fr": "Une campagne de crowdtiming se présente donc avec trois repères : une action clairement décrite, une échéance et un nombre de participants visé. La page affiche la progression au fil des inscriptions, puis l’impact cumulé une fois l’opération terminée. L’action peut se dérouler en ligne, comme trier ses fichiers ou tester une application, ou bien sur le terrain, comme ramasser des déchets au bord d’une rivière.",
                        "en": "A crowdtiming campaign therefore comes with three landmarks: a clearly described action, a deadline and a target number of participants. The page shows progress as people sign up, then the combined impact once the operation is over. The action can take place online, such as sorting your files or testing an app, or out in the field, such as picking up litter along a riverbank.",
                        "es": "Una campaña de crowdtiming se presenta, por tanto, con tres referencias: una acción bien descrita, una fecha límite y un número de participantes como meta. La página muestra el avance a medida que la gente se apunta y, al terminar, el impacto acumulado. La acción puede hacerse en línea, como ordenar tus archivos o probar una aplicación, o sobre el terreno, como recoger basura a la orilla de un río.",
                    },
                ],
            },
            {
                "type": "heading",
                "text": {
                    "fr": "Beaucoup de personnes, un peu de temps",
                    "en": "Many people, a little time each",
                    "es": "Mucha gente, un poco de tiempo",
                },
            },
            {
                "type": "paragraphs",
                "items": [
                    {
                        "fr": "L’idée centrale est arithmétique autant que sociale : une action brève répétée par des milliers de personnes pèse davantage qu’un gros effort fourni par quelques-unes. Le crowdtiming mise donc sur le nombre plutôt que sur l’intensité. Il s’appuie aussi sur un ton positif : on invite, on montre ce qui devient possible, on ne culpabilise pas ceux qui ne participent pas. Cette bienveillance compte beaucoup pour donner envie de rejoindre le mouvement.",
                        "en": "The core idea is as much arithmetic as social: a short action repeated by thousands of people weighs more than a big effort made by a few. Crowdtiming therefore bets on numbers rather than intensity. It also relies on a positive tone: you invite people, you show what becomes possible, and you never make those who stay out feel guilty. That warmth goes a long way in making people want to join.",
                        "es": "La idea central es tan aritmética como social: una acción breve repetida por miles de personas pesa más que un gran esfuerzo de unas pocas. El crowdtiming apuesta, por tanto, por el número más que por la intensidad. También se apoya en un tono positivo: se invita, se muestra lo que se vuelve posible y nunca se culpabiliza a quien no participa. Esa amabilidad cuenta mucho a la hora de animar a sumarse.",
                    },
                    {
                        "fr": "Autre atout : la plupart des actions ne demandent aucune compétence particulière. On peut donc y participer en famille, entre amis ou entre collègues, et transformer un dimanche après-midi en petit moment d’engagement partagé. Les enfants comprennent très bien une consigne simple et un compteur qui avance ; voir le chiffre grimper leur donne souvent l’impression, justifiée, d’avoir compté.",
                        "en": "Another advantage: most actions require no particular skill. You can take part with your family, with friends or with colleagues, and turn a Sunday afternoon into a small shared moment of commitment. Children easily understand a simple instruction and a counter that keeps rising; watching the number grow often gives them the feeling, rightly so, that they made a difference.",
                        "es": "Otra ventaja: la mayoría de las acciones no exigen ninguna habilidad especial. Se puede participar en familia, con amistades o con compañeros de trabajo, y convertir una tarde de domingo en un pequeño momento de compromiso compartido. Los niños entienden muy bien una consigna sencilla y un contador que avanza; ver cómo sube la cifra suele darles la sensación, con razón, de haber contado.",
                    },
                ],
            },
            {
                "type": "quote",
                "text": {
                    "fr": "Nous avions peur de ne pas atteindre notre objectif pour le nettoyage des berges. Le jour venu, des familles entières sont arrivées avec leurs gants, et l’objectif était dépassé avant midi.",
                    "en": "We were worried we would not reach our goal for the riverbank clean-up. On the day, whole families turned up with their gloves, and we passed the target before noon.",
                    "es": "Temíamos no alcanzar nuestro objetivo para la limpieza de la orilla. Ese día llegaron familias enteras con sus guantes y superamos la meta antes del mediodía.",
                },
                "attribution": {
                    "fr": "Mathilde, coordinatrice d’une association de quartier à Grenoble",
                    "en": "Mathilde, coordinator of a neighbourhood association in Grenoble",
                    "es": "Mathilde, coordinadora de una asociación de barrio en Grenoble",
                },
            },
            {
                "type": "heading",
                "text": {
                    "fr": "Ce que Crowdtime veut rendre visible",
                    "en": "What Crowdtime wants to make visible",
                    "es": "Lo que Crowdtime quiere hacer visible",
                },
            },
            {
                "type": "paragraphs",
                "items": [
                    {
                        "fr": "Sur Crowdtime, chaque campagne montrera où elle en est et ce qu’elle a produit collectivement. L’objectif n’est pas de transformer la solidarité en compétition, mais de rendre tangible ce qui, pris isolément, paraît minuscule. Quand on voit qu’une simple heure, multipliée par des centaines de personnes, débouche sur un résultat mesurable, on a plus facilement envie de revenir.",
                        "en": "On Crowdtime, each campaign will show how far it has come and what it has achieved collectively. The aim is not to turn solidarity into a competition, but to make tangible what looks tiny on its own. When you see that a single hour, multiplied by hundreds of people, leads to a measurable result, you are more likely to want to come back.",
                        "es": "En Crowdtime, cada campaña mostrará en qué punto se encuentra y lo que ha logrado colectivamente. No se trata de convertir la solidaridad en una competición, sino de hacer tangible lo que, por separado, parece minúsculo. Cuando ves que una sola hora, multiplicada por cientos de personas, da lugar a un resultado medible, te dan más ganas de volver.",
                    },
                ],
            },
            {"type": "campaign_card", "campaign": "weather-logbooks-transcription"},
            {
                "type": "call_to_action",
                "title": {
                    "fr": "Un exemple concret",
                    "en": "A real example",
                    "es": "Un ejemplo real",
                },
                "text": {
                    "fr": "Découvrez comment une campagne de nettoyage des boîtes mail a mobilisé plus de 5 000 personnes en un mois.",
                    "en": "See how an inbox clean-up campaign brought together more than 5,000 people in a single month.",
                    "es": "Descubre cómo una campaña de limpieza del correo electrónico movilizó a más de 5000 personas en un mes.",
                },
                "button_label": {
                    "fr": "Lire le récit de la campagne",
                    "en": "Read the campaign story",
                    "es": "Leer la historia de la campaña",
                },
                "link": "digital-clean-up-collective-action",
            },
        ],
    },
    {
        "key": "skills-based-volunteering",
        "title": {
            "fr": "Bénévolat de compétences : mettre son métier au service d’une cause",
            "en": "Skills-based volunteering: putting your expertise to work for a cause",
            "es": "Voluntariado de competencias: poner tu oficio al servicio de una causa",
        },
        "slug": {
            "fr": "benevolat-de-competences-mettre-son-metier-au-service",
            "en": "skills-based-volunteering-putting-your-expertise-to-work",
            "es": "voluntariado-de-competencias-poner-tu-oficio-al-servicio",
        },
        "introduction": {
            "fr": "Graphisme, droit, traduction, développement web : les savoir-faire professionnels manquent souvent aux associations. Le bénévolat de compétences les met à leur portée, y compris à distance.",
            "en": "Graphic design, law, translation, web development: non-profits often lack professional know-how. Skills-based volunteering puts it within their reach, even remotely.",
            "es": "Diseño gráfico, derecho, traducción, desarrollo web: a las asociaciones les suelen faltar conocimientos profesionales. El voluntariado de competencias los pone a su alcance, incluso a distancia.",
        },
        "search_description": {
            "fr": "Comment offrir ses compétences professionnelles à une association en ligne, quelles missions choisir et comment bien collaborer à distance.",
            "en": "How to offer your professional skills to a non-profit online, which tasks to choose and how to work well together at a distance.",
            "es": "Cómo ofrecer tus competencias profesionales a una asociación en línea, qué tareas elegir y cómo colaborar bien a distancia.",
        },
        "author": "Jonas Verhoeven",
        "date": "2026-07-28",
        "tags": ["skills", "ngos", "digital-volunteering"],
        "image": {
            "motif": "puzzle",
            "alt": {
                "fr": "Illustration de quatre pièces en forme de puzzle qui s’emboîtent, l’une d’elles légèrement soulevée.",
                "en": "Illustration of four puzzle-like tiles fitting together, one of them slightly lifted.",
                "es": "Ilustración de cuatro piezas de rompecabezas que encajan entre sí, una de ellas ligeramente levantada.",
            },
            "caption": {
                "fr": "Chaque compétence est une pièce qui vient compléter le projet d’une association.",
                "en": "Each skill is a piece that helps complete an organisation’s project.",
                "es": "Cada competencia es una pieza que completa el proyecto de una asociación.",
            },
        },
        "body": [
            {
                "type": "heading",
                "text": {
                    "fr": "Ce que les associations recherchent",
                    "en": "What organisations are looking for",
                    "es": "Lo que buscan las organizaciones",
                },
            },
            {
                "type": "paragraphs",
                "items": [
                    {
                        "fr": "Une petite association peut compter sur l’énergie de ses membres, mais rarement sur une graphiste, un juriste ou une spécialiste des réseaux sociaux. Or ces savoir-faire font souvent la différence : une affiche lisible attire plus de monde, des statuts bien rédigés évitent des soucis, une collecte mieux pensée rapporte davantage. Le bénévolat de compétences consiste à offrir ce que l’on sait faire dans son métier, ou dans une passion que l’on maîtrise vraiment.",
                        "en": "A small organisation can count on the energy of its members, but rarely on a graphic designer, a lawyer or a social media specialist. Yet these skills often make the difference: a clear poster draws more people, well-drafted statutes prevent trouble, and a better-planned fundraising campaign brings in more. Skills-based volunteering means offering what you know how to do in your job, or in a hobby you have truly mastered.",
                        "es": "Una asociación pequeña puede contar con la energía de sus miembros, pero rara vez con una diseñadora gráfica, un abogado o una especialista en redes sociales. Sin embargo, esos conocimientos suelen marcar la diferencia: un cartel claro atrae a más gente, unos estatutos bien redactados evitan problemas y una campaña de recaudación mejor pensada consigue más fondos. El voluntariado de competencias consiste en ofrecer lo que sabes hacer en tu profesión o en una afición que dominas de verdad.",
                    },
                    {
                        "fr": "Les besoins les plus fréquents sont faciles à deviner : rédaction et relecture, traduction, conception graphique, développement web, communication, recherche documentaire, conseil juridique ou financier, et parfois simple remue-méninges. Beaucoup de ces tâches se prêtent très bien au travail à distance, car elles produisent un document, un fichier ou un avis qui circule facilement par voie électronique.",
                        "en": "The most common needs are easy to guess: writing and proofreading, translation, graphic design, web development, communication, research, legal or financial advice, and sometimes plain brainstorming. Many of these tasks are well suited to remote work, because they produce a document, a file or an opinion that is easy to share electronically.",
                        "es": "Las necesidades más habituales son fáciles de adivinar: redacción y corrección, traducción, diseño gráfico, desarrollo web, comunicación, búsqueda de información, asesoría jurídica o financiera y, a veces, una simple lluvia de ideas. Muchas de estas tareas se prestan muy bien al trabajo a distancia, porque dan como resultado un documento, un archivo o una opinión que se comparte fácilmente por medios electrónicos.",
                    },
                ],
            },
            {
                "type": "heading",
                "text": {
                    "fr": "Bien cadrer la mission",
                    "en": "Scoping the task properly",
                    "es": "Definir bien la tarea",
                },
            },
            {
                "type": "paragraphs",
                "items": [
                    {
                        "fr": "Le principal piège du bénévolat de compétences, c’est la mission qui gonfle. On propose de retoucher un logo, et l’on se retrouve à refaire toute l’identité visuelle un week-end sur deux. Pour éviter cela, il vaut mieux s’accorder dès le départ sur le résultat attendu, le temps prévu et la personne qui valide. Une mission courte, bien délimitée et menée à terme vaut mieux qu’un grand chantier abandonné à mi-parcours.",
                        "en": "The main pitfall of skills-based volunteering is the task that keeps growing. You offer to touch up a logo and end up redesigning the whole visual identity every other weekend. To avoid this, it is best to agree from the start on the expected result, the time involved and who signs off on the work. A short, well-defined task that gets finished is worth more than a big project abandoned halfway.",
                        "es": "La principal trampa del voluntariado de competencias es la tarea que no deja de crecer. Te ofreces a retocar un logotipo y acabas rediseñando toda la identidad visual un fin de semana sí y otro no. Para evitarlo, conviene acordar desde el principio el resultado esperado, el tiempo previsto y quién da el visto bueno. Una tarea corta, bien delimitada y terminada vale más que un gran proyecto abandonado a medias.",
                    },
                    {
                        "fr": "Il faut aussi penser à la suite. Un site web bricolé par un bénévole de passage devient vite un casse-tête si personne dans l’association ne sait le mettre à jour. Les meilleures contributions laissent derrière elles une documentation simple, des fichiers sources rangés et, si possible, une courte démonstration enregistrée. Transmettre fait partie du travail, au même titre que produire.",
                        "en": "You also need to think about what comes next. A website thrown together by a passing volunteer quickly becomes a headache if nobody in the organisation knows how to update it. The best contributions leave behind simple documentation, tidy source files and, where possible, a short recorded walkthrough. Handing over is part of the job, just as much as producing.",
                        "es": "También hay que pensar en el después. Una web montada deprisa por un voluntario de paso se convierte enseguida en un quebradero de cabeza si nadie en la asociación sabe actualizarla. Las mejores aportaciones dejan tras de sí una documentación sencilla, archivos fuente ordenados y, si es posible, una breve demostración grabada. Transmitir forma parte del trabajo, igual que producir.",
                    },
                ],
            },
            {
                "type": "quote",
                "text": {
                    "fr": "J’ai traduit leur guide d’accueil en espagnol en trois soirées. Ce qui m’a le plus plu, c’est qu’ils m’ont expliqué à qui il servirait avant même que je commence.",
                    "en": "I translated their welcome guide into Spanish over three evenings. What I liked most was that they told me who it was for before I even started.",
                    "es": "Traduje su guía de acogida al español en tres tardes. Lo que más me gustó fue que me explicaron para quién era antes incluso de empezar.",
                },
                "attribution": {
                    "fr": "Lucía, bénévole traductrice à Valence",
                    "en": "Lucía, volunteer translator in Valencia",
                    "es": "Lucía, voluntaria traductora en Valencia",
                },
            },
            {
                "type": "heading",
                "text": {
                    "fr": "Ce que l’on en retire",
                    "en": "What you get out of it",
                    "es": "Lo que te llevas",
                },
            },
            {
                "type": "paragraphs",
                "items": [
                    {
                        "fr": "Offrir ses compétences n’est pas un sacrifice à sens unique. On découvre un secteur qu’on connaissait mal, on travaille sur des sujets qui ont du sens et l’on rencontre des personnes très différentes de ses collègues habituels. Certains y testent une spécialité qu’ils n’exercent pas encore au quotidien. Les associations, de leur côté, gagnent une expertise qu’elles n’auraient pas pu s’offrir, et souvent un regard neuf sur leurs pratiques.",
                        "en": "Offering your skills is not a one-way sacrifice. You discover a sector you knew little about, work on topics that feel meaningful and meet people very different from your usual colleagues. Some use it to try out a speciality they do not yet practise every day. Organisations, for their part, gain expertise they could never have afforded, and often a fresh look at how they work.",
                        "es": "Ofrecer tus competencias no es un sacrificio en una sola dirección. Descubres un sector que conocías poco, trabajas en temas con sentido y conoces a personas muy distintas de tus compañeros habituales. Hay quien aprovecha para probar una especialidad que aún no ejerce a diario. Las asociaciones, por su parte, ganan unos conocimientos que nunca habrían podido pagar y, a menudo, una mirada nueva sobre su forma de trabajar.",
                    },
                ],
            },
            {
                "type": "call_to_action",
                "title": {
                    "fr": "Pas de compétence pointue ? Aucun problème",
                    "en": "No specialist skills? No problem",
                    "es": "¿Sin conocimientos especializados? No pasa nada",
                },
                "text": {
                    "fr": "Les campagnes de crowdtiming sont ouvertes à toutes et à tous, sans qualification préalable.",
                    "en": "Crowdtiming campaigns are open to everyone, with no prior qualifications needed.",
                    "es": "Las campañas de crowdtiming están abiertas a todo el mundo, sin necesidad de formación previa.",
                },
                "button_label": {
                    "fr": "Découvrir le crowdtiming",
                    "en": "Discover crowdtiming",
                    "es": "Descubrir el crowdtiming",
                },
                "link": "what-is-crowdtiming",
            },
        ],
    },
    {
        "key": "writing-a-good-challenge",
        "title": {
            "fr": "Associations : comment rédiger un défi qui donne envie",
            "en": "For non-profits: how to write a challenge people want to take on",
            "es": "Asociaciones: cómo redactar un reto que dé ganas de participar",
        },
        "slug": {
            "fr": "associations-comment-rediger-un-defi-qui-donne-envie",
            "en": "how-to-write-a-challenge-people-want-to-take-on",
            "es": "como-redactar-un-reto-que-de-ganas-de-participar",
        },
        "introduction": {
            "fr": "Un bon défi tient en quelques lignes, se réalise en un quart d’heure et dit clairement à quoi servira la réponse. Nos conseils pour les équipes associatives.",
            "en": "A good challenge fits in a few lines, takes fifteen minutes to complete and says clearly what the answer will be used for. Our advice for non-profit teams.",
            "es": "Un buen reto cabe en unas líneas, se completa en un cuarto de hora y deja claro para qué servirá la respuesta. Nuestros consejos para los equipos de las asociaciones.",
        },
        "search_description": {
            "fr": "Conseils pratiques pour les associations qui publient des défis de microbénévolat : titre, contexte, consigne, format de réponse, remerciements.",
            "en": "Practical tips for non-profits posting micro-volunteering challenges: title, context, instructions, answer format and saying thank you.",
            "es": "Consejos prácticos para asociaciones que publican retos de microvoluntariado: título, contexto, instrucciones, formato de respuesta y agradecimiento.",
        },
        "author": "Camille Roussel",
        "date": "2026-08-19",
        "tags": ["ngos", "micro-volunteering", "motivation"],
        "image": {
            "motif": "lightbulb",
            "alt": {
                "fr": "Illustration d’une ampoule entourée de rayons.",
                "en": "Illustration of a light bulb surrounded by rays.",
                "es": "Ilustración de una bombilla rodeada de rayos.",
            },
            "caption": {
                "fr": "Une question claire fait jaillir de bonnes idées chez les bénévoles.",
                "en": "A clear question sparks good ideas from volunteers.",
                "es": "Una pregunta clara hace brotar buenas ideas entre quienes colaboran.",
            },
        },
        "body": [
            {
                "type": "heading",
                "text": {
                    "fr": "Une seule question, bien posée",
                    "en": "One question, well asked",
                    "es": "Una sola pregunta, bien planteada",
                },
            },
            {
                "type": "paragraphs",
                "items": [
                    {
                        "fr": "La tentation est grande de regrouper plusieurs demandes dans un même défi : un slogan, un avis sur le site et, tant qu’on y est, quelques idées d’événements. C’est le meilleur moyen de décourager les bénévoles. Un défi efficace pose une seule question, à laquelle on peut répondre en une quinzaine de minutes sans connaître l’association par cœur. Si le sujet est vaste, mieux vaut le découper en plusieurs défis successifs.",
                        "en": "It is tempting to bundle several requests into one challenge: a slogan, some feedback on the website and a few event ideas while you are at it. That is the surest way to put volunteers off. An effective challenge asks a single question that can be answered in about fifteen minutes without knowing the organisation inside out. If the topic is broad, it is better to split it into several successive challenges.",
                        "es": "Es tentador reunir varias peticiones en un mismo reto: un eslogan, una opinión sobre la web y, ya puestos, algunas ideas para eventos. Es la mejor manera de desanimar a la gente. Un reto eficaz plantea una sola pregunta, que se puede responder en unos quince minutos sin conocer la asociación al dedillo. Si el tema es amplio, es mejor dividirlo en varios retos sucesivos.",
                    },
                    {
                        "fr": "Le titre doit dire ce que l’on attend, avec un verbe d’action : « Proposez un nom pour notre épicerie solidaire » parle davantage que « Réflexion sur notre identité ». Juste en dessous, deux ou trois phrases de contexte suffisent : ce que fait votre association, pour qui elle agit, et pourquoi cette question se pose maintenant. Inutile de copier votre rapport d’activité ; un lien vers votre présentation suffira à qui veut en savoir plus.",
                        "en": "The title should say what you expect, using an action verb: “Suggest a name for our community grocery” says much more than “Thoughts on our identity”. Just below, two or three sentences of context are enough: what your organisation does, who it helps and why the question matters now. There is no need to paste your annual report; a link to your presentation will do for anyone who wants to know more.",
                        "es": "El título debe decir lo que esperas, con un verbo de acción: «Propón un nombre para nuestra tienda solidaria» dice mucho más que «Reflexión sobre nuestra identidad». Justo debajo bastan dos o tres frases de contexto: qué hace tu asociación, a quién ayuda y por qué surge esta pregunta ahora. No hace falta copiar la memoria anual; un enlace a la presentación de la entidad bastará si alguien quiere saber más.",
                    },
                ],
            },
            {
                "type": "heading",
                "text": {
                    "fr": "Dire ce que vous ferez des réponses",
                    "en": "Say what you will do with the answers",
                    "es": "Explica qué harás con las respuestas",
                },
            },
            {
                "type": "paragraphs",
                "items": [
                    {
                        "fr": "Les bénévoles donnent plus volontiers quand ils savent où va leur contribution. Précisez le format souhaité, par exemple trois idées au maximum ou un texte de moins de cent mots, ainsi que la date à laquelle vous ferez votre choix. Indiquez aussi, honnêtement, ce qui se passera ensuite : l’idée retenue sera-t-elle utilisée telle quelle, adaptée, ou servira-t-elle seulement de piste de réflexion ? Cette transparence évite bien des déceptions.",
                        "en": "Volunteers give more willingly when they know where their contribution is going. Specify the format you want, for instance three ideas at most or a text under a hundred words, and the date when you will make your choice. Say honestly what will happen next, too: will the chosen idea be used as it is, adapted, or only serve as food for thought? Being this open avoids a lot of disappointment.",
                        "es": "La gente colabora con más ganas cuando sabe adónde va su aportación. Precisa el formato que buscas, por ejemplo tres ideas como máximo o un texto de menos de cien palabras, y la fecha en la que elegirás. Di también con honestidad lo que pasará después: ¿la idea elegida se usará tal cual, se adaptará o solo servirá como punto de partida? Esta transparencia evita muchas decepciones.",
                    },
                    {
                        "fr": "Pensez enfin à la notation par la communauté. Lorsque les bénévoles peuvent évaluer les propositions des autres, les meilleures idées émergent sans que votre équipe ait à tout lire en détail. Vous gardez bien sûr le dernier mot, mais ce premier tri collectif fait gagner un temps précieux, et il donne à chacun le sentiment de participer à la décision.",
                        "en": "Finally, make use of community rating. When volunteers can assess each other’s suggestions, the best ideas rise to the surface without your team having to read everything in detail. You still have the final say, of course, but this first collective sorting saves precious time and gives everyone a sense of taking part in the decision.",
                        "es": "Por último, aprovecha la valoración de la comunidad. Cuando las personas voluntarias pueden puntuar las propuestas de las demás, las mejores ideas salen a la luz sin que tu equipo tenga que leerlo todo con detalle. La última palabra sigue siendo tuya, por supuesto, pero esta primera selección colectiva ahorra un tiempo valioso y hace que cada cual sienta que participa en la decisión.",
                    },
                ],
            },
            {
                "type": "quote",
                "text": {
                    "fr": "Notre premier défi demandait « des idées pour mieux communiquer ». Nous n’avons reçu que des réponses vagues. Quand nous avons demandé un titre pour une affiche précise, tout a changé.",
                    "en": "Our first challenge asked for “ideas to communicate better”. All we got were vague answers. When we asked for a headline for one specific poster, everything changed.",
                    "es": "Nuestro primer reto pedía «ideas para comunicar mejor». Solo recibimos respuestas vagas. Cuando pedimos un titular para un cartel concreto, todo cambió.",
                },
                "attribution": {
                    "fr": "Samuel, chargé de communication d’une banque alimentaire à Liège",
                    "en": "Samuel, communications officer at a food bank in Liège",
                    "es": "Samuel, responsable de comunicación de un banco de alimentos en Lieja",
                },
            },
            {
                "type": "heading",
                "text": {
                    "fr": "Remercier et raconter la suite",
                    "en": "Say thank you and share what happened next",
                    "es": "Agradecer y contar cómo sigue la historia",
                },
            },
            {
                "type": "paragraphs",
                "items": [
                    {
                        "fr": "Un défi ne s’arrête pas au moment où vous choisissez une réponse. Remerciez toutes les personnes qui ont participé, pas seulement l’auteur de l’idée retenue, et revenez quelques semaines plus tard montrer le résultat : l’affiche imprimée, le nouveau nom sur la devanture, le message publié. Ce retour ne coûte que quelques minutes et fait revenir les bénévoles bien plus sûrement qu’une relance.",
                        "en": "A challenge does not end when you pick an answer. Thank everyone who took part, not just the author of the chosen idea, and come back a few weeks later to show the result: the printed poster, the new name above the shop, the message that went out. This follow-up takes only a few minutes and brings volunteers back far more reliably than any reminder.",
                        "es": "Un reto no termina cuando eliges una respuesta. Da las gracias a todas las personas que han participado, no solo a quien propuso la idea elegida, y vuelve unas semanas después para mostrar el resultado: el cartel impreso, el nuevo nombre en la fachada, el mensaje publicado. Ese gesto solo lleva unos minutos y hace volver a la gente mucho más que cualquier recordatorio.",
                    },
                ],
            },
            {"type": "challenge_card", "challenge": "call-request-form-accessibility"},
            {
                "type": "call_to_action",
                "title": {
                    "fr": "Garder ses bénévoles motivés",
                    "en": "Keeping volunteers motivated",
                    "es": "Mantener la motivación del voluntariado",
                },
                "text": {
                    "fr": "La motivation se cultive aussi en ligne. Lisez nos pistes pour instaurer la confiance à distance.",
                    "en": "Motivation can be nurtured online too. Read our ideas for building trust at a distance.",
                    "es": "La motivación también se cultiva en línea. Lee nuestras ideas para generar confianza a distancia.",
                },
                "button_label": {
                    "fr": "Lire l’article",
                    "en": "Read the article",
                    "es": "Leer el artículo",
                },
                "link": "staying-safe-and-motivated-online",
            },
        ],
    },
    {
        "key": "staying-safe-and-motivated-online",
        "title": {
            "fr": "Rester en sécurité et motivé quand on aide en ligne",
            "en": "Staying safe and motivated when you help online",
            "es": "Seguridad y motivación cuando ayudas en línea",
        },
        "slug": {
            "fr": "rester-en-securite-et-motive-quand-on-aide-en-ligne",
            "en": "staying-safe-and-motivated-when-you-help-online",
            "es": "seguridad-y-motivacion-cuando-ayudas-en-linea",
        },
        "introduction": {
            "fr": "Aider à distance demande un peu de vigilance et beaucoup de bienveillance. Quelques réflexes simples pour protéger ses données, instaurer la confiance et garder l’envie.",
            "en": "Helping from a distance calls for a little vigilance and a lot of kindness. A few simple habits to protect your data, build trust and keep your enthusiasm going.",
            "es": "Ayudar a distancia exige algo de prudencia y mucha amabilidad. Algunos hábitos sencillos para proteger tus datos, generar confianza y no perder las ganas.",
        },
        "search_description": {
            "fr": "Bénévolat en ligne : protéger ses données, repérer les demandes douteuses, bâtir la confiance à distance et entretenir sa motivation.",
            "en": "Online volunteering: protecting your data, spotting dubious requests, building trust remotely and staying motivated over time.",
            "es": "Voluntariado en línea: proteger tus datos, detectar peticiones dudosas, generar confianza a distancia y mantener la motivación.",
        },
        "author": "Tomás Ibarra",
        "date": "2026-09-08",
        "tags": ["online-safety", "motivation", "digital-volunteering"],
        "image": {
            "motif": "shield",
            "alt": {
                "fr": "Illustration d’un bouclier portant une coche.",
                "en": "Illustration of a shield bearing a check mark.",
                "es": "Ilustración de un escudo con una marca de verificación.",
            },
            "caption": {
                "fr": "Quelques précautions simples suffisent pour aider en ligne en toute confiance.",
                "en": "A few simple precautions are enough to help online with peace of mind.",
                "es": "Bastan unas pocas precauciones para ayudar en línea con tranquilidad.",
            },
        },
        "body": [
            {
                "type": "heading",
                "text": {
                    "fr": "Quelques réflexes de prudence",
                    "en": "A few safety habits",
                    "es": "Algunos hábitos de prudencia",
                },
            },
            {
                "type": "paragraphs",
                "items": [
                    {
                        "fr": "La plupart des demandes que reçoivent les bénévoles sont sincères, mais internet attire aussi des personnes mal intentionnées. Une règle simple protège de beaucoup d’ennuis : une association n’a jamais besoin de vos mots de passe, de vos coordonnées bancaires ou d’une copie de votre pièce d’identité pour un défi de quinze minutes. Si une demande vous met mal à l’aise, prenez le temps de vérifier qui la publie avant de répondre.",
                        "en": "Most requests that volunteers receive are genuine, but the internet also attracts people with bad intentions. One simple rule will spare you a lot of trouble: an organisation never needs your passwords, your bank details or a copy of your ID for a fifteen-minute challenge. If a request makes you uneasy, take the time to check who posted it before you reply.",
                        "es": "La mayoría de las peticiones que recibe el voluntariado son sinceras, pero internet también atrae a personas con malas intenciones. Una regla sencilla evita muchos disgustos: una asociación nunca necesita tus contraseñas, tus datos bancarios ni una copia de tu documento de identidad para un reto de quince minutos. Si una petición te incomoda, tómate tu tiempo para comprobar quién la publica antes de responder.",
                    },
                    {
                        "fr": "Partagez le moins d’informations personnelles possible dans vos réponses publiques, surtout lorsqu’elles concernent d’autres personnes. Si vous travaillez sur des documents confidentiels, demandez comment ils seront stockés, puis supprimés. Et si vous représentez une association, montrez l’exemple : présentez-la clairement, expliquez pourquoi vous demandez chaque information et ne réclamez que ce qui est réellement nécessaire.",
                        "en": "Share as little personal information as possible in your public answers, especially when it concerns other people. If you are working on confidential documents, ask how they will be stored and then deleted. And if you represent an organisation, lead by example: introduce it clearly, explain why you ask for each piece of information and request only what you truly need.",
                        "es": "Comparte la menor cantidad posible de datos personales en tus respuestas públicas, sobre todo si afectan a otras personas. Si trabajas con documentos confidenciales, pregunta cómo se guardarán y cuándo se borrarán. Y si representas a una asociación, da ejemplo: preséntala con claridad, explica por qué pides cada dato y solicita solo lo que de verdad necesitas.",
                    },
                ],
            },
            {
                "type": "heading",
                "text": {
                    "fr": "Bâtir la confiance sans se rencontrer",
                    "en": "Building trust without meeting",
                    "es": "Crear confianza sin conocerse en persona",
                },
            },
            {
                "type": "paragraphs",
                "items": [
                    {
                        "fr": "En présentiel, un sourire ou un café partagé suffit souvent à créer un lien. À distance, la confiance se construit autrement : par des réponses rapides, des consignes claires et des promesses tenues. Une association qui accuse réception de chaque contribution, même brièvement, montre qu’il y a des personnes réelles derrière l’écran. Un bénévole qui prévient quand il ne pourra pas terminer une tâche rend, lui aussi, un vrai service.",
                        "en": "In person, a smile or a shared coffee is often enough to create a bond. Remotely, trust is built differently: through quick replies, clear instructions and promises kept. An organisation that acknowledges every contribution, even briefly, shows that there are real people behind the screen. A volunteer who gives notice when they cannot finish a task is doing everyone a real favour too.",
                        "es": "En persona, una sonrisa o un café compartido suelen bastar para crear un vínculo. A distancia, la confianza se construye de otra forma: con respuestas rápidas, instrucciones claras y promesas cumplidas. Una asociación que acusa recibo de cada aportación, aunque sea en dos líneas, demuestra que detrás de la pantalla hay personas reales. Quien avisa cuando no podrá terminar una tarea también presta un verdadero servicio.",
                    },
                ],
            },
            {
                "type": "quote",
                "text": {
                    "fr": "Au début, je doutais que quelqu’un lise mes réponses. Puis l’association m’a envoyé une photo de la banderole réalisée avec mon slogan. Depuis, personne n’a eu besoin de me relancer.",
                    "en": "At first, I doubted anyone read my answers. Then the organisation sent me a photo of the banner made with my slogan. Since then, nobody has needed to remind me.",
                    "es": "Al principio dudaba de que alguien leyera mis respuestas. Luego la asociación me envió una foto de la pancarta hecha con mi eslogan. Desde entonces, nadie ha tenido que recordármelo.",
                },
                "attribution": {
                    "fr": "Inès, bénévole en ligne à Bruxelles",
                    "en": "Inès, online volunteer in Brussels",
                    "es": "Inès, voluntaria en línea en Bruselas",
                },
            },
            {
                "type": "heading",
                "text": {
                    "fr": "Entretenir l’envie dans la durée",
                    "en": "Keeping the spark alive over time",
                    "es": "Mantener las ganas a lo largo del tiempo",
                },
            },
            {
                "type": "paragraphs",
                "items": [
                    {
                        "fr": "La motivation s’use surtout quand on a l’impression de travailler dans le vide. Voir l’effet concret de son aide, même modeste, reste le meilleur carburant. C’est pourquoi les campagnes de Crowdtime sont pensées pour afficher leur progression et leur impact collectif. Côté bénévoles, il est sain de se fixer un rythme réaliste : mieux vaut un défi par semaine tenu avec plaisir que dix défis enchaînés un soir, puis plus rien pendant des mois.",
                        "en": "Motivation wears thin mostly when you feel you are working into a void. Seeing the concrete effect of your help, however modest, remains the best fuel. That is why Crowdtime campaigns are designed to display their progress and collective impact. As a volunteer, it is healthy to set a realistic pace: one challenge a week done with pleasure beats ten in a row one evening followed by months of nothing.",
                        "es": "La motivación se desgasta sobre todo cuando sientes que trabajas en el vacío. Ver el efecto concreto de tu ayuda, por modesta que sea, sigue siendo el mejor combustible. Por eso las campañas de Crowdtime están pensadas para mostrar su avance y su impacto colectivo. Para quien colabora, es sano fijarse un ritmo realista: más vale un reto por semana hecho con gusto que diez seguidos una noche y luego nada durante meses.",
                    },
                    {
                        "fr": "Enfin, s’autoriser des pauses fait partie de l’engagement. Le bénévolat en ligne peut se glisser partout, y compris dans des moments qui devraient rester consacrés au repos. Couper les notifications le soir, refuser une demande quand on est fatigué ou passer la main à quelqu’un d’autre n’a rien d’un abandon ; c’est ce qui permet de continuer longtemps.",
                        "en": "Lastly, allowing yourself breaks is part of being committed. Online volunteering can slip into every corner of the day, including moments that should stay restful. Turning off notifications in the evening, declining a request when you are tired or handing over to someone else is not giving up; it is what lets you keep going for a long time.",
                        "es": "Por último, permitirse pausas también forma parte del compromiso. El voluntariado en línea puede colarse en cualquier rincón del día, incluso en momentos que deberían ser de descanso. Silenciar las notificaciones por la noche, rechazar una petición cuando te falta energía o pasar el testigo a otra persona no es rendirse; es lo que te permite seguir durante mucho tiempo.",
                    },
                ],
            },
            {
                "type": "call_to_action",
                "title": {
                    "fr": "Un engagement ouvert à tous ?",
                    "en": "Commitment open to everyone?",
                    "es": "¿Un compromiso abierto a todo el mundo?",
                },
                "text": {
                    "fr": "Tout le monde n’a pas le même accès au numérique. Voyons comment réduire cet écart.",
                    "en": "Not everyone has the same access to digital tools. Let’s look at how to narrow that gap.",
                    "es": "No todo el mundo tiene el mismo acceso a lo digital. Veamos cómo reducir esa brecha.",
                },
                "button_label": {
                    "fr": "Lire sur l’inclusion",
                    "en": "Read about inclusion",
                    "es": "Leer sobre la inclusión",
                },
                "link": "access-to-technology-and-inclusion",
            },
        ],
    },
    {
        "key": "access-to-technology-and-inclusion",
        "title": {
            "fr": "Fracture numérique : un bénévolat en ligne pour tout le monde ?",
            "en": "The digital divide: can online volunteering include everyone?",
            "es": "Brecha digital: ¿un voluntariado en línea para todo el mundo?",
        },
        "slug": {
            "fr": "fracture-numerique-un-benevolat-en-ligne-pour-tout-le-monde",
            "en": "the-digital-divide-can-online-volunteering-include-everyone",
            "es": "brecha-digital-un-voluntariado-en-linea-para-todo-el-mundo",
        },
        "introduction": {
            "fr": "Le bénévolat en ligne promet d’ouvrir l’engagement à tous, à condition de ne pas oublier celles et ceux qui ont un vieux téléphone, une connexion fragile ou peu d’aisance avec les écrans.",
            "en": "Online volunteering promises to open up commitment to everyone, provided we do not forget people with an old phone, a patchy connection or little confidence with screens.",
            "es": "El voluntariado en línea promete abrir el compromiso a todo el mundo, siempre que no olvidemos a quienes tienen un móvil viejo, una conexión inestable o poca soltura con las pantallas.",
        },
        "search_description": {
            "fr": "Matériel, connexion, handicap, langue : comment rendre le bénévolat numérique vraiment inclusif, pour les plateformes comme pour les associations.",
            "en": "Devices, connectivity, disability, language: how to make digital volunteering truly inclusive, for platforms and non-profits alike.",
            "es": "Dispositivos, conexión, discapacidad, idioma: cómo lograr que el voluntariado digital sea de verdad inclusivo, en plataformas y asociaciones.",
        },
        "author": "Nadia Benali",
        "date": "2026-10-06",
        "tags": ["inclusion", "digital-volunteering", "families"],
        "image": {
            "motif": "chat",
            "alt": {
                "fr": "Illustration de deux bulles de dialogue qui se chevauchent.",
                "en": "Illustration of two overlapping speech bubbles.",
                "es": "Ilustración de dos bocadillos de diálogo superpuestos.",
            },
            "caption": {
                "fr": "Un dialogue clair et simple permet d’accueillir chaque bénévole, quel que soit son équipement.",
                "en": "Clear, simple dialogue makes room for every volunteer, whatever their equipment.",
                "es": "Un diálogo claro y sencillo permite acoger a cada voluntario, sea cual sea su equipo.",
            },
        },
        "body": [
            {
                "type": "heading",
                "text": {
                    "fr": "Une promesse d’ouverture, des obstacles réels",
                    "en": "A promise of openness, real obstacles",
                    "es": "Una promesa de apertura, obstáculos reales",
                },
            },
            {
                "type": "paragraphs",
                "items": [
                    {
                        "fr": "Sur le papier, le bénévolat numérique supprime les barrières : plus besoin de se déplacer, plus de frais de transport, plus d’horaires imposés. Il permet par exemple à une personne à mobilité réduite ou à un parent qui garde ses enfants de s’engager depuis chez soi. Mais cette ouverture suppose un équipement, une connexion correcte et une certaine familiarité avec les outils. Là où ces conditions manquent, l’engagement en ligne risque de reproduire les inégalités au lieu de les réduire.",
                        "en": "On paper, digital volunteering removes barriers: no more travelling, no transport costs, no fixed hours. It lets a person with reduced mobility or a parent looking after children get involved from home, for example. But this openness assumes a device, a decent connection and some familiarity with online tools. Where those conditions are missing, online engagement risks reproducing inequalities rather than reducing them.",
                        "es": "Sobre el papel, el voluntariado digital elimina barreras: ya no hace falta desplazarse, no hay gastos de transporte ni horarios impuestos. Permite, por ejemplo, que una persona con movilidad reducida o una madre que cuida de sus hijos se implique desde casa. Pero esta apertura presupone un dispositivo, una conexión aceptable y cierta familiaridad con las herramientas. Donde faltan esas condiciones, el compromiso en línea corre el riesgo de reproducir las desigualdades en lugar de reducirlas.",
                    },
                    {
                        "fr": "Les obstacles prennent des formes variées. Certaines personnes n’ont qu’un smartphone ancien avec un forfait limité. D’autres vivent avec un handicap visuel ou moteur que beaucoup de sites ignorent encore. D’autres encore lisent difficilement la langue dans laquelle les défis sont rédigés, ou se sentent intimidées par un vocabulaire technique. Aucune de ces situations ne dit quoi que ce soit de leur envie d’aider.",
                        "en": "The obstacles take many forms. Some people only have an old smartphone with a limited data plan. Others live with a visual or motor impairment that many websites still ignore. Others again struggle to read the language the challenges are written in, or feel intimidated by technical jargon. None of these situations says anything about how much they want to help.",
                        "es": "Los obstáculos adoptan formas muy distintas. Hay quien solo tiene un smartphone antiguo con pocos datos. Otras personas viven con una discapacidad visual o motriz que muchas webs todavía ignoran. Otras leen con dificultad el idioma en que están escritos los retos o se sienten intimidadas por el vocabulario técnico. Ninguna de estas situaciones dice nada sobre sus ganas de ayudar.",
                    },
                ],
            },
            {
                "type": "heading",
                "text": {
                    "fr": "Ce qu’une plateforme peut faire",
                    "en": "What a platform can do",
                    "es": "Lo que puede hacer una plataforma",
                },
            },
            {
                "type": "paragraphs",
                "items": [
                    {
                        "fr": "Une plateforme inclusive commence par des pages légères, qui se chargent vite même sur un réseau lent, et qui n’exigent ni application à installer ni appareil récent. Elle respecte les règles d’accessibilité : contrastes suffisants, textes alternatifs pour les images, navigation possible au clavier et compatibilité avec les lecteurs d’écran. C’est pour cette raison que Crowdtime se passe de scripts tiers et publie ses contenus en plusieurs langues dès le départ.",
                        "en": "An inclusive platform starts with lightweight pages that load quickly even on a slow network and require neither an app to install nor a recent device. It follows accessibility rules: sufficient contrast, alternative text for images, keyboard navigation and compatibility with screen readers. That is why Crowdtime does without third-party scripts and publishes its content in several languages from the outset.",
                        "es": "Una plataforma inclusiva empieza por páginas ligeras, que cargan rápido incluso con una red lenta y que no exigen instalar ninguna aplicación ni tener un dispositivo reciente. Respeta las normas de accesibilidad: contraste suficiente, textos alternativos en las imágenes, navegación con teclado y compatibilidad con lectores de pantalla. Por eso Crowdtime prescinde de scripts de terceros y publica sus contenidos en varios idiomas desde el principio.",
                    },
                ],
            },
            {
                "type": "quote",
                "text": {
                    "fr": "Notre association accompagne des personnes âgées. Nous avons organisé un après-midi où les petits-enfants aidaient leurs grands-parents à répondre à un défi. Tout le monde est reparti fier.",
                    "en": "Our association supports older people. We organised an afternoon where grandchildren helped their grandparents answer a challenge. Everyone went home proud.",
                    "es": "Nuestra asociación acompaña a personas mayores. Organizamos una tarde en la que los nietos ayudaban a sus abuelos a responder a un reto. Todo el mundo volvió a casa orgulloso.",
                },
                "attribution": {
                    "fr": "Fatou, animatrice d’une maison de quartier à Marseille",
                    "en": "Fatou, community worker at a neighbourhood centre in Marseille",
                    "es": "Fatou, animadora de un centro de barrio en Marsella",
                },
            },
            {
                "type": "heading",
                "text": {
                    "fr": "Ce que les associations peuvent faire",
                    "en": "What organisations can do",
                    "es": "Lo que pueden hacer las asociaciones",
                },
            },
            {
                "type": "paragraphs",
                "items": [
                    {
                        "fr": "Les associations ont aussi leur part. Rédiger les défis dans une langue simple, éviter le jargon, proposer plusieurs façons de répondre, par un texte court, une photo ou un message vocal : tout cela élargit le cercle des participants. Il est utile de relire chaque défi en se demandant si une personne qui découvre le sujet comprendra, en moins d’une minute, ce qu’on attend d’elle.",
                        "en": "Organisations have their part to play too. Writing challenges in plain language, avoiding jargon and offering several ways to answer, such as a short text, a photo or a voice message, all widen the circle of participants. It helps to reread each challenge and ask whether someone new to the topic would understand, in under a minute, what is expected of them.",
                        "es": "Las asociaciones también tienen su parte. Redactar los retos en un lenguaje sencillo, evitar la jerga y ofrecer varias formas de responder, como un texto corto, una foto o un mensaje de voz, amplía el círculo de participantes. Conviene releer cada reto y preguntarse si alguien que descubre el tema entendería, en menos de un minuto, lo que se espera de él.",
                    },
                    {
                        "fr": "Enfin, le numérique n’a pas à tout remplacer. Les campagnes qui combinent actions en ligne et rendez-vous sur le terrain permettent à chacun de choisir la forme qui lui convient. Une personne sans ordinateur peut rejoindre un nettoyage de quartier, tandis qu’une autre, clouée chez elle, participera depuis son téléphone. L’inclusion consiste moins à amener tout le monde en ligne qu’à ne laisser personne de côté.",
                        "en": "Finally, digital tools do not have to replace everything. Campaigns that combine online actions with gatherings in the field let each person choose the format that suits them. Someone without a computer can join a neighbourhood clean-up, while someone else who is stuck at home takes part from their phone. Inclusion is less about bringing everyone online than about leaving no one out.",
                        "es": "Por último, lo digital no tiene por qué sustituirlo todo. Las campañas que combinan acciones en línea y citas sobre el terreno permiten que cada persona elija la forma que le conviene. Alguien sin ordenador puede sumarse a una limpieza del barrio, mientras otra persona que no puede salir de casa participa desde su móvil. La inclusión consiste menos en llevar a todo el mundo a internet que en no dejar a nadie atrás.",
                    },
                ],
            },
            {
                "type": "call_to_action",
                "title": {
                    "fr": "Qui fait vivre Crowdtime ?",
                    "en": "Who is behind Crowdtime?",
                    "es": "¿Quién hace posible Crowdtime?",
                },
                "text": {
                    "fr": "Découvrez à qui s’adresse le projet, comment il fonctionne et pourquoi son code est ouvert.",
                    "en": "Find out who the project is for, how it works and why its code is open.",
                    "es": "Descubre a quién se dirige el proyecto, cómo funciona y por qué su código es abierto.",
                },
                "button_label": {
                    "fr": "À propos de Crowdtime",
                    "en": "About Crowdtime",
                    "es": "Acerca de Crowdtime",
                },
                "link": "about",
            },
        ],
    },
    {
        "key": "digital-clean-up-collective-action",
        "title": {
            "fr": "Faire le ménage dans ses e-mails : récit d’une action collective",
            "en": "Clearing out old e-mails: the story of a collective action",
            "es": "Limpiar el correo electrónico: historia de una acción colectiva",
        },
        "slug": {
            "fr": "menage-dans-ses-e-mails-recit-d-une-action-collective",
            "en": "clearing-out-old-e-mails-the-story-of-a-collective-action",
            "es": "limpiar-el-correo-historia-de-una-accion-colectiva",
        },
        "introduction": {
            "fr": "Vers 2016, une campagne de crowdtiming a invité des milliers d’internautes à vider leur boîte de réception pendant un mois. Retour sur un geste minuscule à l’échelle d’une personne, et loin d’être anodin à plusieurs milliers.",
            "en": "Around 2016, a crowdtiming campaign invited thousands of people to empty their inboxes over one month. A look back at a gesture that is tiny for one person and far from trivial for thousands.",
            "es": "Hacia 2016, una campaña de crowdtiming invitó a miles de personas a vaciar su bandeja de entrada durante un mes. Repasamos un gesto minúsculo a escala individual y nada desdeñable cuando lo hacen miles.",
        },
        "search_description": {
            "fr": "Plus de 5 000 personnes, 30 jours et 6,8 millions d’e-mails supprimés : les chiffres d’une campagne de nettoyage numérique et leurs leçons.",
            "en": "Over 5,000 people, 30 days and 6.8 million e-mails deleted: the figures behind a digital clean-up campaign and what they teach us.",
            "es": "Más de 5000 personas, 30 días y 6,8 millones de correos borrados: las cifras de una campaña de limpieza digital y lo que nos enseñan.",
        },
        "author": "Jonas Verhoeven",
        "date": "2026-11-03",
        "tags": ["environment", "crowdtiming", "collective-impact", "families"],
        "image": {
            "motif": "envelope",
            "alt": {
                "fr": "Illustration d’une pile d’enveloppes dont celle du dessus est barrée.",
                "en": "Illustration of a stack of envelopes, with the top one crossed out.",
                "es": "Ilustración de una pila de sobres con el de arriba tachado.",
            },
            "caption": {
                "fr": "Chaque vieux message supprimé compte dans un effort commun.",
                "en": "Every old message deleted counts towards a shared effort.",
                "es": "Cada mensaje antiguo borrado suma en un esfuerzo común.",
            },
        },
        "body": [
            {
                "type": "heading",
                "text": {
                    "fr": "Une consigne à la portée de tous",
                    "en": "An instruction anyone can follow",
                    "es": "Una consigna al alcance de cualquiera",
                },
            },
            {
                "type": "paragraphs",
                "items": [
                    {
                        "fr": "Il y a une dizaine d’années, une plateforme francophone de crowdtiming a lancé une campagne d’un genre particulier. Pas de rendez-vous, pas de matériel, aucune compétence exigée : il s’agissait simplement de supprimer ses vieux messages électroniques. Les courriels stockés pendant des années occupent de la place sur des serveurs qui tournent en permanence, et le geste visait à alléger cette charge tout en faisant réfléchir à notre empreinte numérique.",
                        "en": "About ten years ago, a French-speaking crowdtiming platform launched an unusual kind of campaign. No meeting point, no equipment, no skills required: participants were simply asked to delete their old e-mails. Messages stored for years take up space on servers that run around the clock, and the gesture aimed to lighten that load while prompting people to think about their digital footprint.",
                        "es": "Hace unos diez años, una plataforma francófona de crowdtiming lanzó una campaña un tanto peculiar. Sin punto de encuentro, sin material y sin ninguna habilidad especial: solo se trataba de borrar los correos electrónicos antiguos. Los mensajes guardados durante años ocupan espacio en servidores que funcionan sin descanso, y el gesto buscaba aligerar esa carga y, de paso, hacer pensar en nuestra huella digital.",
                    },
                    {
                        "fr": "Le format reprenait les codes du crowdtiming : une durée fixée à trente jours et un objectif exprimé en nombre de participants. Chacun pouvait agir quand il le voulait, depuis son canapé ou pendant une pause, seul ou en famille. Trier une boîte de réception n’a rien d’héroïque, et c’est justement ce qui rendait l’action accessible au plus grand nombre.",
                        "en": "The format followed the codes of crowdtiming: a fixed duration of thirty days and a goal expressed as a number of participants. People could act whenever they liked, from the sofa or during a break, alone or with their family. Sorting an inbox is hardly heroic, and that is precisely what made the action accessible to so many.",
                        "es": "El formato seguía las claves del crowdtiming: una duración fijada en treinta días y un objetivo expresado en número de participantes. Cada cual podía actuar cuando quisiera, desde el sofá o en un descanso, en solitario o en familia. Ordenar una bandeja de entrada no tiene nada de heroico, y eso es justamente lo que hacía la acción accesible a tanta gente.",
                    },
                ],
            },
            {
                "type": "heading",
                "text": {
                    "fr": "Ce que les chiffres racontent",
                    "en": "What the figures tell us",
                    "es": "Lo que cuentan las cifras",
                },
            },
            {
                "type": "paragraphs",
                "items": [
                    {
                        "fr": "Au terme du mois, plus de 5 000 personnes avaient pris part à l’opération, et 6,8 millions d’anciens e-mails avaient disparu des serveurs. Selon l’estimation des organisateurs, l’électricité économisée équivalait à celle de 1 961 ampoules allumées cinq heures par jour pendant un an. La campagne a également permis de planter 1 000 arbres au Sénégal, qui devraient stocker 60 tonnes de CO₂ sur trente ans.",
                        "en": "By the end of the month, more than 5,000 people had taken part, and 6.8 million old e-mails had disappeared from servers. According to the organisers’ estimate, the electricity saved was equivalent to that of 1,961 light bulbs lit for five hours a day over a year. The campaign also led to 1,000 trees being planted in Senegal, which are expected to store 60 tonnes of CO₂ over thirty years.",
                        "es": "Al cabo del mes, más de 5000 personas habían participado y 6,8 millones de correos antiguos habían desaparecido de los servidores. Según la estimación de los organizadores, la electricidad ahorrada equivalía a la de 1961 bombillas encendidas cinco horas al día durante un año. La campaña permitió además plantar 1000 árboles en Senegal, que deberían almacenar 60 toneladas de CO₂ a lo largo de treinta años.",
                    },
                    {
                        "fr": "Ces équivalences méritent d’être lues avec recul : l’impact réel du stockage de courriels dépend de nombreux facteurs techniques, et supprimer des messages ne remplace pas des choix plus structurants, comme garder ses appareils plus longtemps. Mais l’essentiel est ailleurs. Des milliers de personnes ont découvert qu’un geste invisible, répété à grande échelle, produit un résultat que l’on peut mesurer et raconter.",
                        "en": "These equivalences should be read with some caution: the real impact of storing e-mail depends on many technical factors, and deleting messages is no substitute for more far-reaching choices, such as keeping your devices longer. But the main point lies elsewhere. Thousands of people discovered that an invisible gesture, repeated on a large scale, produces a result that can be measured and shared.",
                        "es": "Conviene leer estas equivalencias con cierta distancia: el impacto real de almacenar correos depende de muchos factores técnicos, y borrar mensajes no sustituye a decisiones de más calado, como conservar los dispositivos durante más tiempo. Pero lo esencial está en otra parte. Miles de personas descubrieron que un gesto invisible, repetido a gran escala, produce un resultado que se puede medir y contar.",
                    },
                ],
            },
            {
                "type": "quote",
                "text": {
                    "fr": "Je me disais que faire le tri dans ma messagerie ne changerait rien. Le jour où j’ai compris que des milliers de personnes le faisaient en même temps, c’est devenu un petit rituel familial.",
                    "en": "I used to think that sorting out my inbox would not change anything. The day I realised thousands of people were doing it at the same time, it became a little family ritual.",
                    "es": "Pensaba que ordenar mi correo no cambiaría nada. El día que entendí que miles de personas lo hacían al mismo tiempo, se convirtió en un pequeño ritual familiar.",
                },
                "attribution": {
                    "fr": "Claire, bénévole à Rennes",
                    "en": "Claire, volunteer in Rennes",
                    "es": "Claire, voluntaria en Rennes",
                },
            },
            {
                "type": "heading",
                "text": {
                    "fr": "Et maintenant, à qui le tour ?",
                    "en": "Who is next?",
                    "es": "¿Y ahora quién se anima?",
                },
            },
            {
                "type": "paragraphs",
                "items": [
                    {
                        "fr": "Cette campagne montre ce que Crowdtime cherche à rendre possible : des actions simples, ouvertes à tous, dont l’effet cumulé devient visible. Une association peut s’en inspirer pour proposer son propre défi collectif, qu’il s’agisse de trier des fichiers partagés, de relever des données pour un projet de science participative ou d’organiser un ramassage de déchets. Ce qui compte, c’est une consigne claire, une échéance et la promesse de montrer le résultat.",
                        "en": "This campaign shows what Crowdtime hopes to make possible: simple actions, open to everyone, whose combined effect becomes visible. An organisation can draw on it to propose its own collective challenge, whether that means sorting shared files, recording data for a citizen science project or organising a litter pick. What matters is a clear instruction, a deadline and the promise to show the result.",
                        "es": "Esta campaña muestra lo que Crowdtime quiere hacer posible: acciones sencillas, abiertas a todo el mundo, cuyo efecto acumulado se vuelve visible. Una asociación puede inspirarse en ella para proponer su propio reto colectivo, ya sea ordenar archivos compartidos, recoger datos para un proyecto de ciencia ciudadana u organizar una recogida de basura. Lo importante es una consigna clara, una fecha límite y el compromiso de mostrar el resultado.",
                    },
                ],
            },
            {"type": "campaign_card", "campaign": "old-emails-clean-up"},
            {
                "type": "call_to_action",
                "title": {
                    "fr": "Tous nos articles",
                    "en": "All our articles",
                    "es": "Todos nuestros artículos",
                },
                "text": {
                    "fr": "Bénévolat numérique, microbénévolat, inclusion : parcourez l’ensemble de nos articles pour aller plus loin.",
                    "en": "Digital volunteering, micro-volunteering, inclusion: browse all our articles to learn more.",
                    "es": "Voluntariado digital, microvoluntariado, inclusión: recorre todos nuestros artículos para saber más.",
                },
                "button_label": {
                    "fr": "Voir les articles",
                    "en": "See the articles",
                    "es": "Ver los artículos",
                },
                "link": "articles",
            },
        ],
    },
]

STANDARD_PAGES = [
    {
        "key": "about",
        "title": {
            "fr": "À propos",
            "en": "About",
            "es": "Acerca de",
        },
        "slug": {
            "fr": "a-propos",
            "en": "about",
            "es": "acerca-de",
        },
        "introduction": {
            "fr": "Crowdtime est un site ouvert et multilingue qui aide chacun à donner un peu de son temps à des causes utiles, en ligne ou sur le terrain.",
            "en": "Crowdtime is an open, multilingual website that helps people give a little of their time to worthwhile causes, online or in the field.",
            "es": "Crowdtime es un sitio abierto y multilingüe que ayuda a dedicar un poco de tiempo a causas que lo merecen, en línea o sobre el terreno.",
        },
        "search_description": {
            "fr": "Qui sommes-nous ? Crowdtime s’adresse aux bénévoles, aux associations et aux équipes éditoriales, et son code source est ouvert.",
            "en": "Who we are: Crowdtime is for volunteers, non-profits and editorial teams, and its source code is open.",
            "es": "Quiénes somos: Crowdtime se dirige al voluntariado, a las asociaciones y a los equipos editoriales, y su código fuente es abierto.",
        },
        "body": [
            {
                "type": "heading",
                "text": {
                    "fr": "Pour qui ?",
                    "en": "Who is it for?",
                    "es": "¿Para quién?",
                },
            },
            {
                "type": "paragraphs",
                "items": [
                    {
                        "fr": "Crowdtime s’adresse d’abord aux bénévoles, qu’ils disposent d’un quart d’heure entre deux obligations ou d’un après-midi à partager en famille. Pas besoin d’expérience associative ni de compétences particulières : les contenus du site expliquent comment aider à distance, comment choisir une cause et comment s’engager sans s’épuiser. Celles et ceux qui ont un savoir-faire professionnel y trouveront aussi des pistes pour le mettre au service d’un projet.",
                        "en": "Crowdtime is first and foremost for volunteers, whether they have fifteen minutes between two commitments or an afternoon to share with their family. No experience with non-profits or special skills are needed: the site explains how to help remotely, how to choose a cause and how to get involved without burning out. People with professional expertise will also find ideas for putting it to work for a project.",
                        "es": "Crowdtime se dirige ante todo a las personas voluntarias, tanto si tienen un cuarto de hora entre dos obligaciones como una tarde para compartir en familia. No hace falta experiencia en asociaciones ni habilidades especiales: el sitio explica cómo ayudar a distancia, cómo elegir una causa y cómo implicarse sin agotarse. Quienes tienen conocimientos profesionales también encontrarán ideas para ponerlos al servicio de un proyecto.",
                    },
                    {
                        "fr": "Le site s’adresse aussi aux associations et aux collectifs, petits ou grands, qui cherchent des bras, des idées ou des compétences sans avoir le temps de recruter. Ils y trouvent des conseils pour formuler un défi clair, préparer une campagne de crowdtiming et rendre compte de l’impact obtenu. Enfin, Crowdtime est pensé pour les équipes éditoriales qui rédigent et traduisent les contenus depuis une interface d’administration simple.",
                        "en": "The site is also for non-profits and community groups, large or small, that are looking for helping hands, ideas or skills but lack the time to recruit. They will find advice on phrasing a clear challenge, preparing a crowdtiming campaign and reporting on the impact achieved. Finally, Crowdtime is designed for the editorial teams who write and translate its content from a straightforward administration interface.",
                        "es": "El sitio se dirige también a las asociaciones y colectivos, grandes o pequeños, que buscan manos, ideas o competencias pero no tienen tiempo para reclutar. Aquí encontrarán consejos para formular un reto claro, preparar una campaña de crowdtiming y dar cuenta del impacto conseguido. Por último, Crowdtime está pensado para los equipos editoriales que redactan y traducen los contenidos desde una interfaz de administración sencilla.",
                    },
                ],
            },
            {
                "type": "heading",
                "text": {
                    "fr": "Comment ça marche",
                    "en": "How it works",
                    "es": "Cómo funciona",
                },
            },
            {
                "type": "paragraphs",
                "items": [
                    {
                        "fr": "Aujourd’hui, Crowdtime publie des articles en français, en anglais et en espagnol sur le bénévolat numérique, le microbénévolat et le crowdtiming. La suite est en préparation : des campagnes avec une échéance, un objectif de participants et une page qui montrera leur progression, puis leur impact collectif une fois l’objectif atteint. Ces fonctions arriveront progressivement, et chacune sera présentée clairement avant d’être mise en ligne.",
                        "en": "Today, Crowdtime publishes articles in French, English and Spanish about digital volunteering, micro-volunteering and crowdtiming. The next steps are in preparation: campaigns with a deadline, a target number of participants and a page showing their progress, then their collective impact once the goal is reached. These features will arrive gradually, and each one will be clearly explained before it goes live.",
                        "es": "Hoy, Crowdtime publica artículos en francés, inglés y español sobre voluntariado digital, microvoluntariado y crowdtiming. Lo siguiente ya se está preparando: campañas con fecha límite, un número de participantes como objetivo y una página que mostrará su avance y, una vez alcanzada la meta, su impacto colectivo. Estas funciones llegarán poco a poco y cada una se explicará con claridad antes de ponerse en marcha.",
                    },
                ],
            },
            {
                "type": "heading",
                "text": {
                    "fr": "Un projet open source",
                    "en": "An open-source project",
                    "es": "Un proyecto de código abierto",
                },
            },
            {
                "type": "paragraphs",
                "items": [
                    {
                        "fr": "Le code de Crowdtime est publié sous licence libre, et le site repose sur Wagtail, un gestionnaire de contenus lui-même open source. Chacun peut donc lire le code, signaler un problème, proposer une amélioration ou réutiliser le projet pour sa propre communauté. Les articles sont diffusés sous licence Creative Commons, afin que d’autres associations puissent les partager, les traduire et les adapter.",
                        "en": "Crowdtime’s code is published under an open-source licence, and the site is built on Wagtail, a content management system that is itself open source. Anyone can read the code, report a problem, suggest an improvement or reuse the project for their own community. The articles are released under a Creative Commons licence so that other organisations can share, translate and adapt them.",
                        "es": "El código de Crowdtime se publica con una licencia libre y el sitio se basa en Wagtail, un gestor de contenidos que también es de código abierto. Cualquiera puede leer el código, informar de un problema, proponer una mejora o reutilizar el proyecto para su propia comunidad. Los artículos se difunden con una licencia Creative Commons para que otras asociaciones puedan compartirlos, traducirlos y adaptarlos.",
                    },
                ],
            },
            {
                "type": "call_to_action",
                "title": {
                    "fr": "Vos données, en toute transparence",
                    "en": "Your data, in full transparency",
                    "es": "Tus datos, con total transparencia",
                },
                "text": {
                    "fr": "Nous expliquons simplement ce que le site conserve, et surtout ce qu’il ne collecte pas.",
                    "en": "We explain in plain words what the site keeps and, above all, what it does not collect.",
                    "es": "Explicamos con sencillez lo que guarda el sitio y, sobre todo, lo que no recoge.",
                },
                "button_label": {
                    "fr": "Lire la politique de confidentialité",
                    "en": "Read the privacy notice",
                    "es": "Leer la política de privacidad",
                },
                "link": "privacy",
            },
        ],
    },
    {
        "key": "privacy",
        "title": {
            "fr": "Confidentialité",
            "en": "Privacy",
            "es": "Privacidad",
        },
        "slug": {
            "fr": "confidentialite",
            "en": "privacy",
            "es": "privacidad",
        },
        "introduction": {
            "fr": "Crowdtime collecte le moins de données possible. Cette page décrit honnêtement ce que le site conserve aujourd’hui, pourquoi, et comment exercer vos droits.",
            "en": "Crowdtime collects as little data as possible. This page honestly describes what the site keeps today, why, and how to exercise your rights.",
            "es": "Crowdtime recoge los menos datos posibles. Esta página describe con franqueza lo que el sitio guarda hoy, por qué y cómo ejercer tus derechos.",
        },
        "search_description": {
            "fr": "Confidentialité sur Crowdtime : ni compte, ni traceur, ni publicité ; deux cookies techniques et des journaux serveur conservés peu de temps.",
            "en": "Crowdtime privacy notice: no accounts, no trackers or advertising, two technical cookies and server logs kept only briefly.",
            "es": "Privacidad en Crowdtime: sin cuentas, sin rastreadores ni publicidad, dos cookies técnicas y registros del servidor conservados poco tiempo.",
        },
        "body": [
            {
                "type": "heading",
                "text": {
                    "fr": "Ce que nous ne faisons pas",
                    "en": "What we do not do",
                    "es": "Lo que no hacemos",
                },
            },
            {
                "type": "paragraphs",
                "items": [
                    {
                        "fr": "Le site ne propose pas encore de comptes pour le public : vous pouvez tout lire sans vous inscrire ni donner votre nom ou votre adresse électronique. Nous n’utilisons aucun outil de mesure d’audience tiers, aucun traceur, aucun bouton de réseau social et aucune publicité. Les pages ne chargent ni scripts ni polices depuis des services extérieurs : tout est servi par notre propre serveur, si bien qu’aucune autre entreprise n’apprend que vous nous avez rendu visite.",
                        "en": "The site does not yet offer public accounts: you can read everything without signing up or giving your name or e-mail address. We use no third-party analytics, no trackers, no social media buttons and no advertising. Pages load no scripts or fonts from outside services: everything is served by our own server, so no other company learns that you visited us.",
                        "es": "El sitio todavía no ofrece cuentas al público: puedes leerlo todo sin registrarte ni dar tu nombre o tu dirección de correo. No usamos herramientas de analítica de terceros, rastreadores, botones de redes sociales ni publicidad. Las páginas no cargan scripts ni fuentes desde servicios externos: todo lo sirve nuestro propio servidor, de modo que ninguna otra empresa sabe que nos has visitado.",
                    },
                ],
            },
            {
                "type": "heading",
                "text": {
                    "fr": "Les deux cookies du site",
                    "en": "The site’s two cookies",
                    "es": "Las dos cookies del sitio",
                },
            },
            {
                "type": "paragraphs",
                "items": [
                    {
                        "fr": "Le site dépose au plus deux petits cookies techniques, qui ne servent pas à vous suivre. Le premier retient la langue que vous avez choisie, pour que vous n’ayez pas à la sélectionner à chaque visite. Le second est un jeton de sécurité, nécessaire au bon fonctionnement des formulaires, qui empêche l’envoi de requêtes frauduleuses en votre nom. Ces cookies sont indispensables au service que vous demandez et ne nécessitent donc pas de consentement préalable.",
                        "en": "The site sets at most two small technical cookies, which are not used to track you. The first remembers the language you chose, so you do not have to select it on every visit. The second is a security token that forms need in order to work properly; it prevents fraudulent requests from being sent in your name. These cookies are strictly necessary for the service you request, so they do not require prior consent.",
                        "es": "El sitio instala como mucho dos pequeñas cookies técnicas, que no sirven para seguirte. La primera recuerda el idioma que has elegido, para que no tengas que seleccionarlo en cada visita. La segunda es un token de seguridad que los formularios necesitan para funcionar bien y que impide que se envíen peticiones fraudulentas en tu nombre. Estas cookies son estrictamente necesarias para el servicio que solicitas, por lo que no requieren consentimiento previo.",
                    },
                    {
                        "fr": "Les membres de l’équipe éditoriale qui se connectent à l’interface d’administration reçoivent en plus un cookie de session, qui les identifie pendant leur travail et disparaît lorsqu’ils se déconnectent ou que la session expire. Ce cookie ne concerne que ces personnes : les visiteurs qui se contentent de lire le site n’en reçoivent jamais.",
                        "en": "Members of the editorial team who log in to the administration interface also receive a session cookie, which identifies them while they work and disappears when they log out or the session expires. This cookie only concerns those people: visitors who simply read the site never receive it.",
                        "es": "Los miembros del equipo editorial que inician sesión en la interfaz de administración reciben además una cookie de sesión, que los identifica mientras trabajan y desaparece cuando cierran la sesión o esta caduca. Esta cookie solo afecta a esas personas: quienes se limitan a leer el sitio nunca la reciben.",
                    },
                ],
            },
            {
                "type": "heading",
                "text": {
                    "fr": "Journaux du serveur",
                    "en": "Server logs",
                    "es": "Registros del servidor",
                },
            },
            {
                "type": "paragraphs",
                "items": [
                    {
                        "fr": "Comme tout site web, notre serveur enregistre des journaux techniques : adresse IP, date et heure, page demandée, navigateur utilisé. Ces informations servent uniquement à assurer la sécurité du site et à corriger les erreurs. Elles sont conservées peu de temps, puis effacées, et ne sont jamais vendues, partagées ni croisées avec d’autres données. Ce traitement repose sur notre intérêt légitime à protéger le service.",
                        "en": "Like any website, our server records technical logs: IP address, date and time, page requested and browser used. This information is used only to keep the site secure and to fix errors. It is kept for a short time and then erased, and it is never sold, shared or combined with other data. The legal basis for this processing is our legitimate interest in protecting the service.",
                        "es": "Como cualquier sitio web, nuestro servidor guarda registros técnicos: dirección IP, fecha y hora, página solicitada y navegador utilizado. Esta información solo sirve para garantizar la seguridad del sitio y corregir errores. Se conserva durante poco tiempo y después se borra, y nunca se vende, se comparte ni se cruza con otros datos. La base jurídica de este tratamiento es nuestro interés legítimo en proteger el servicio.",
                    },
                ],
            },
            {
                "type": "heading",
                "text": {
                    "fr": "Vos droits et la suite",
                    "en": "Your rights and what comes next",
                    "es": "Tus derechos y lo que vendrá",
                },
            },
            {
                "type": "paragraphs",
                "items": [
                    {
                        "fr": "Conformément au RGPD, vous pouvez demander l’accès à vos données, leur rectification ou leur effacement, et vous opposer à leur traitement. Pour cela, il suffit de contacter l’équipe qui gère le site ; nous répondrons dans les délais prévus par la loi. Vous pouvez aussi adresser une réclamation à l’autorité de protection des données de votre pays. Lorsque de nouvelles fonctions arriveront, comme la participation aux campagnes, elles vous demanderont votre accord et expliqueront précisément ce qu’elles conservent.",
                        "en": "Under the GDPR, you can ask to access, correct or erase your data, and you can object to its processing. To do so, simply contact the team that runs the site; we will reply within the time limits set by law. You can also lodge a complaint with the data protection authority in your country. When new features arrive, such as joining campaigns, they will ask for your consent and explain exactly what they store.",
                        "es": "De acuerdo con el RGPD, puedes solicitar el acceso a tus datos, su rectificación o su supresión, y oponerte a su tratamiento. Para ello, basta con ponerte en contacto con el equipo que gestiona el sitio; responderemos dentro de los plazos que marca la ley. También puedes presentar una reclamación ante la autoridad de protección de datos de tu país. Cuando lleguen nuevas funciones, como la participación en campañas, te pedirán tu consentimiento y explicarán con precisión qué datos guardan.",
                    },
                ],
            },
        ],
    },
    {
        "key": "terms",
        "title": {
            "fr": "Conditions d’utilisation",
            "en": "Terms of use",
            "es": "Condiciones de uso",
        },
        "slug": {
            "fr": "conditions-d-utilisation",
            "en": "terms-of-use",
            "es": "condiciones-de-uso",
        },
        "introduction": {
            "fr": "Quelques règles simples pour utiliser Crowdtime, réutiliser ses contenus et participer dans un esprit de respect.",
            "en": "A few simple rules for using Crowdtime, reusing its content and taking part in a spirit of respect.",
            "es": "Unas pocas reglas sencillas para usar Crowdtime, reutilizar sus contenidos y participar con respeto.",
        },
        "search_description": {
            "fr": "Conditions d’utilisation de Crowdtime : licence CC BY-SA 4.0 pour les articles, code open source, règles de respect et absence de garantie.",
            "en": "Crowdtime terms of use: CC BY-SA 4.0 licence for articles, open-source code, rules of respect and no warranty.",
            "es": "Condiciones de uso de Crowdtime: licencia CC BY-SA 4.0 para los artículos, código abierto, normas de respeto y ausencia de garantía.",
        },
        "body": [
            {
                "type": "heading",
                "text": {
                    "fr": "Réutiliser nos contenus",
                    "en": "Reusing our content",
                    "es": "Reutilizar nuestros contenidos",
                },
            },
            {
                "type": "paragraphs",
                "items": [
                    {
                        "fr": "Sauf mention contraire, les articles publiés sur Crowdtime sont placés sous licence Creative Commons Attribution – Partage dans les mêmes conditions 4.0 International (CC BY-SA 4.0). Vous pouvez les copier, les traduire, les adapter et les diffuser, y compris à des fins commerciales, à condition de citer Crowdtime comme source, d’indiquer si vous avez apporté des modifications et de partager vos versions sous la même licence.",
                        "en": "Unless stated otherwise, articles published on Crowdtime are licensed under Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0). You may copy, translate, adapt and distribute them, including for commercial purposes, as long as you credit Crowdtime as the source, indicate whether you made changes and share your versions under the same licence.",
                        "es": "Salvo que se indique lo contrario, los artículos publicados en Crowdtime están bajo la licencia Creative Commons Atribución-CompartirIgual 4.0 Internacional (CC BY-SA 4.0). Puedes copiarlos, traducirlos, adaptarlos y difundirlos, incluso con fines comerciales, siempre que cites a Crowdtime como fuente, indiques si has hecho cambios y compartas tus versiones con la misma licencia.",
                    },
                    {
                        "fr": "Le code source du site est publié sous une licence open source, précisée dans son dépôt public, et vous pouvez l’étudier, le modifier et le redistribuer selon ses termes. Les illustrations des articles sont générées par ce même code. Les noms et logos d’organisations tierces éventuellement cités restent la propriété de leurs titulaires.",
                        "en": "The site’s source code is published under an open-source licence, stated in its public repository, and you may study, modify and redistribute it under those terms. The illustrations in the articles are generated by that same code. Any names and logos of third-party organisations mentioned remain the property of their owners.",
                        "es": "El código fuente del sitio se publica con una licencia de código abierto, indicada en su repositorio público, y puedes estudiarlo, modificarlo y redistribuirlo según sus términos. Las ilustraciones de los artículos las genera ese mismo código. Los nombres y logotipos de organizaciones de terceros que se mencionen siguen perteneciendo a sus titulares.",
                    },
                ],
            },
            {
                "type": "heading",
                "text": {
                    "fr": "Un espace respectueux",
                    "en": "A respectful space",
                    "es": "Un espacio respetuoso",
                },
            },
            {
                "type": "paragraphs",
                "items": [
                    {
                        "fr": "Crowdtime réunit des personnes d’horizons très différents autour de causes d’intérêt général. Nous attendons de chacun qu’il s’exprime avec courtoisie, respecte la vie privée des autres et s’abstienne de tout propos haineux, discriminatoire ou trompeur. Les associations s’engagent à présenter honnêtement leurs actions et à ne demander aux bénévoles que des informations utiles. Tout contenu contraire à ces principes ou à la loi pourra être retiré.",
                        "en": "Crowdtime brings together people from very different backgrounds around causes of general interest. We expect everyone to express themselves courteously, respect other people’s privacy and refrain from any hateful, discriminatory or misleading remarks. Organisations commit to presenting their work honestly and to asking volunteers only for information that is genuinely useful. Any content that breaches these principles or the law may be removed.",
                        "es": "Crowdtime reúne a personas de orígenes muy diversos en torno a causas de interés general. Esperamos que todo el mundo se exprese con cortesía, respete la privacidad ajena y evite cualquier comentario de odio, discriminatorio o engañoso. Las asociaciones se comprometen a presentar sus acciones con honestidad y a pedir al voluntariado solo la información realmente útil. Cualquier contenido contrario a estos principios o a la ley podrá retirarse.",
                    },
                ],
            },
            {
                "type": "heading",
                "text": {
                    "fr": "Responsabilité et modifications",
                    "en": "Liability and changes",
                    "es": "Responsabilidad y cambios",
                },
            },
            {
                "type": "paragraphs",
                "items": [
                    {
                        "fr": "Nous faisons de notre mieux pour publier des informations exactes et garder le site disponible, mais il est fourni tel quel, sans garantie d’aucune sorte. Les conseils présentés dans nos articles sont généraux et ne remplacent pas l’avis d’un professionnel. Si ces conditions évoluent, la nouvelle version sera annoncée sur le site avant son entrée en vigueur, avec un résumé clair des changements.",
                        "en": "We do our best to publish accurate information and keep the site available, but it is provided as is, without any warranty. The advice in our articles is general and does not replace professional guidance. If these terms change, the new version will be announced on the site before it takes effect, with a clear summary of what has changed.",
                        "es": "Hacemos todo lo posible por publicar información exacta y mantener el sitio disponible, pero se ofrece tal cual, sin garantía de ningún tipo. Los consejos de nuestros artículos son generales y no sustituyen la opinión de un profesional. Si estas condiciones cambian, la nueva versión se anunciará en el sitio antes de entrar en vigor, con un resumen claro de los cambios.",
                    },
                ],
            },
        ],
    },
]

FOOTER_TEXT = {
    "fr": "Crowdtime est un projet open source qui aide chacun à offrir un peu de son temps à des causes qui comptent.",
    "en": "Crowdtime is an open-source project that helps everyone give a little of their time to causes that matter.",
    "es": "Crowdtime es un proyecto de código abierto que ayuda a cada persona a dedicar un poco de su tiempo a causas que importan.",
}
