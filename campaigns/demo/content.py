"""Demo content for crowdtiming campaigns: causes, skills, organisations and campaigns in French, English and Spanish."""

CAUSES = {
    "environment": {
        "fr": "environnement",
        "en": "environment",
        "es": "medio ambiente",
    },
    "animals": {
        "fr": "animaux",
        "en": "animals",
        "es": "animales",
    },
    "human-rights": {
        "fr": "droits humains",
        "en": "human rights",
        "es": "derechos humanos",
    },
    "education": {
        "fr": "éducation",
        "en": "education",
        "es": "educación",
    },
    "health": {
        "fr": "santé",
        "en": "health",
        "es": "salud",
    },
    "poverty": {
        "fr": "pauvreté",
        "en": "poverty",
        "es": "pobreza",
    },
    "youth": {
        "fr": "jeunesse",
        "en": "youth",
        "es": "juventud",
    },
    "science": {
        "fr": "sciences",
        "en": "science",
        "es": "ciencia",
    },
    "justice": {
        "fr": "justice",
        "en": "justice",
        "es": "justicia",
    },
    "food": {
        "fr": "alimentation",
        "en": "food",
        "es": "alimentación",
    },
}

SKILLS = {
    "design": {
        "fr": "graphisme",
        "en": "design",
        "es": "diseño",
    },
    "writing": {
        "fr": "rédaction",
        "en": "writing",
        "es": "redacción",
    },
    "translation": {
        "fr": "traduction",
        "en": "translation",
        "es": "traducción",
    },
    "social-media": {
        "fr": "réseaux sociaux",
        "en": "social media",
        "es": "redes sociales",
    },
    "web-development": {
        "fr": "développement web",
        "en": "web development",
        "es": "desarrollo web",
    },
    "research": {
        "fr": "recherche",
        "en": "research",
        "es": "investigación",
    },
    "fundraising": {
        "fr": "collecte de fonds",
        "en": "fundraising",
        "es": "captación de fondos",
    },
}

CAMPAIGN_INDEX = {
    "title": {
        "fr": "Campagnes",
        "en": "Campaigns",
        "es": "Campañas",
    },
    "slug": {
        "fr": "campagnes",
        "en": "campaigns",
        "es": "campanas",
    },
    "introduction": {
        "fr": "Une action concrète, une date limite et un nombre de participants à atteindre : choisissez une campagne de crowdtiming, donnez-lui un peu de votre temps, seul ou en famille, et suivez en direct ce que nous accomplissons ensemble.",
        "en": "A concrete action, a deadline and a number of participants to reach: pick a crowdtiming campaign, give it a little of your time, on your own or with your family, and follow live what we achieve together.",
        "es": "Una acción concreta, una fecha límite y un número de participantes que alcanzar: elige una campaña de crowdtiming, dale un poco de tu tiempo, por tu cuenta o en familia, y sigue en directo lo que logramos juntos.",
    },
    "search_description": {
        "fr": "Les campagnes de crowdtiming de Crowdtime : des actions collectives en ligne ou près de chez vous, avec un objectif de participants et une date limite.",
        "en": "Crowdtime’s crowdtiming campaigns: collective actions online or near you, each with a participant goal and a deadline.",
        "es": "Las campañas de crowdtiming de Crowdtime: acciones colectivas en línea o cerca de ti, con un objetivo de participantes y una fecha límite.",
    },
}

CAMPAIGNS = [
    {
        "key": "old-emails-clean-up",
        "organisation": "terre-en-commun",
        "state": "finished",
        "title": {
            "fr": "Le grand ménage des vieux e-mails",
            "en": "The great old e-mail clear-out",
            "es": "La gran limpieza de correos antiguos",
        },
        "slug": {
            "fr": "le-grand-menage-des-vieux-e-mails",
            "en": "the-great-old-email-clear-out",
            "es": "la-gran-limpieza-de-correos-antiguos",
        },
        "summary": {
            "fr": "Pendant trente jours, nous avons fait le tri dans nos boîtes de réception pour alléger les serveurs qui stockent nos vieux messages. Un geste de vingt minutes, à faire depuis son canapé.",
            "en": "For thirty days, we sorted through our inboxes to lighten the servers that store our old messages. A twenty-minute gesture you could make from your sofa.",
            "es": "Durante treinta días, ordenamos nuestras bandejas de entrada para aligerar los servidores que guardan nuestros mensajes antiguos. Un gesto de veinte minutos que podías hacer desde el sofá.",
        },
        "search_description": {
            "fr": "Campagne terminée : plus de 1 200 personnes ont supprimé 1,1 million de vieux e-mails en 30 jours. Découvrez l’impact collectif.",
            "en": "Campaign over: more than 1,200 people deleted 1.1 million old e-mails in 30 days. Discover the collective impact.",
            "es": "Campaña terminada: más de 1200 personas borraron 1,1 millones de correos antiguos en 30 días. Descubre el impacto colectivo.",
        },
        "causes": ["environment"],
        "action_type": "online",
        "place": None,
        "goal": 1000,
        "minutes": 20,
        "image": {
            "motif": "envelope",
            "alt": {
                "fr": "Illustration d’une pile d’enveloppes, celle du dessus étant barrée.",
                "en": "Illustration of a stack of envelopes with the top one crossed out.",
                "es": "Ilustración de una pila de sobres en la que el de arriba está tachado.",
            },
            "caption": {
                "fr": "Une boîte de réception allégée, c’est un peu moins d’énergie consommée dans les centres de données.",
                "en": "A lighter inbox means a little less energy used in data centres.",
                "es": "Una bandeja de entrada más ligera supone un poco menos de energía gastada en los centros de datos.",
            },
        },
        "instructions": [
            {
                "type": "step",
                "title": {
                    "fr": "Repérez les messages encombrants",
                    "en": "Spot the bulky messages",
                    "es": "Localiza los mensajes que más ocupan",
                },
                "text": {
                    "fr": "Dans votre messagerie, triez les e-mails par date ou par taille. Les plus anciens et ceux qui contiennent de lourdes pièces jointes sont les premiers à pouvoir partir.",
                    "en": "In your mailbox, sort your e-mails by date or by size. The oldest ones and those with heavy attachments are the first that can go.",
                    "es": "En tu correo, ordena los mensajes por fecha o por tamaño. Los más antiguos y los que llevan adjuntos pesados son los primeros que pueden irse.",
                },
            },
            {
                "type": "checklist",
                "title": {
                    "fr": "Ce qui peut partir sans regret",
                    "en": "What can go without regret",
                    "es": "Lo que puede irse sin remordimientos",
                },
                "items": [
                    {
                        "fr": "Les lettres d’information que vous ne lisez plus",
                        "en": "Newsletters you no longer read",
                        "es": "Los boletines que ya no lees",
                    },
                    {
                        "fr": "Les notifications automatiques vieilles de plus d’un an",
                        "en": "Automatic notifications more than a year old",
                        "es": "Las notificaciones automáticas de hace más de un año",
                    },
                    {
                        "fr": "Les pièces jointes déjà enregistrées ailleurs",
                        "en": "Attachments you have already saved elsewhere",
                        "es": "Los adjuntos que ya guardaste en otro sitio",
                    },
                    {
                        "fr": "Le contenu du dossier des indésirables",
                        "en": "Everything in your spam folder",
                        "es": "Todo lo que hay en la carpeta de correo no deseado",
                    },
                ],
            },
            {
                "type": "step",
                "title": {
                    "fr": "Videz la corbeille",
                    "en": "Empty the bin",
                    "es": "Vacía la papelera",
                },
                "text": {
                    "fr": "Un message supprimé reste souvent conservé plusieurs semaines dans la corbeille. Videz-la pour que le ménage soit vraiment fait.",
                    "en": "A deleted message often stays in the bin for several weeks. Empty it so that the clear-out really counts.",
                    "es": "Un mensaje borrado suele quedarse varias semanas en la papelera. Vacíala para que la limpieza cuente de verdad.",
                },
            },
            {
                "type": "step",
                "title": {
                    "fr": "Déclarez votre total",
                    "en": "Report your total",
                    "es": "Indica tu total",
                },
                "text": {
                    "fr": "Indiquez sur cette page le nombre d’e-mails que vous avez supprimés. Un chiffre arrondi suffit : c’est l’addition de toutes les contributions qui compte.",
                    "en": "Enter on this page the number of e-mails you deleted. A rounded figure is fine: what matters is the sum of everyone’s contributions.",
                    "es": "Anota en esta página cuántos correos has borrado. Basta con una cifra redondeada: lo que cuenta es la suma de todas las aportaciones.",
                },
            },
        ],
        "impact_unit": {
            "fr": "e-mails supprimés",
            "en": "e-mails deleted",
            "es": "correos eliminados",
        },
        "equivalences": [
            {
                "per": 30,
                "label": {
                    "fr": "heures d’ampoule allumée",
                    "en": "hours of a light bulb switched on",
                    "es": "horas de bombilla encendida",
                },
            },
            {
                "per": 54750,
                "label": {
                    "fr": "ampoules allumées cinq heures par jour pendant un an",
                    "en": "light bulbs lit five hours a day for a year",
                    "es": "bombillas encendidas cinco horas al día durante un año",
                },
            },
        ],
        "updates": [
            {
                "days_ago": 40,
                "title": {
                    "fr": "Une première semaine prometteuse",
                    "en": "A promising first week",
                    "es": "Una primera semana prometedora",
                },
                "text": {
                    "fr": "Sept jours après le lancement, près de 400 personnes ont déjà fait le tri. Merci à toutes celles et ceux qui en parlent autour d’eux !",
                    "en": "Seven days after the launch, nearly 400 people have already had a clear-out. Thank you to everyone spreading the word!",
                    "es": "Siete días después del lanzamiento, casi 400 personas ya han hecho limpieza. ¡Gracias a quienes lo están contando a su alrededor!",
                },
            },
            {
                "days_ago": 24,
                "title": {
                    "fr": "Objectif atteint, on continue",
                    "en": "Goal reached, and we keep going",
                    "es": "Objetivo cumplido, y seguimos",
                },
                "text": {
                    "fr": "Nous avons dépassé les 1 000 participants avant la fin de la campagne. Il reste encore quelques jours pour rejoindre le mouvement et faire grimper le compteur.",
                    "en": "We passed 1,000 participants before the end of the campaign. There are still a few days left to join in and push the counter higher.",
                    "es": "Hemos superado los 1000 participantes antes del final de la campaña. Aún quedan unos días para sumarte y hacer subir el contador.",
                },
            },
        ],
        "results": [
            {
                "fr": "En trente jours, 1 240 personnes ont supprimé ensemble 1,1 million de vieux e-mails, bien au-delà de l’objectif de 1 000 participants. Certaines ont effacé quelques dizaines de messages, d’autres plusieurs milliers ; beaucoup ont fait le tri en famille, un soir de semaine ou un dimanche matin.",
                "en": "In thirty days, 1,240 people deleted 1.1 million old e-mails between them, well beyond the goal of 1,000 participants. Some cleared a few dozen messages, others several thousand; many sorted things out as a family, on a weekday evening or a Sunday morning.",
                "es": "En treinta días, 1240 personas borraron entre todas 1,1 millones de correos antiguos, muy por encima del objetivo de 1000 participantes. Algunas eliminaron unas decenas de mensajes y otras varios miles; muchas hicieron limpieza en familia, una tarde entre semana o un domingo por la mañana.",
            },
            {
                "fr": "Selon notre estimation, l’électricité économisée correspond à près de 37 000 heures d’ampoule allumée, soit une vingtaine d’ampoules éclairées cinq heures par jour pendant un an. Ce calcul reste approximatif, mais l’essentiel est ailleurs : plus d’un millier de personnes ont pris de nouvelles habitudes, comme se désabonner des lettres d’information qu’elles ne lisent plus.",
                "en": "By our estimate, the electricity saved is equivalent to almost 37,000 hours of a light bulb switched on, or around twenty bulbs lit five hours a day for a year. The calculation is only approximate, but the main point lies elsewhere: more than a thousand people have picked up new habits, such as unsubscribing from newsletters they no longer read.",
                "es": "Según nuestra estimación, la electricidad ahorrada equivale a casi 37 000 horas de bombilla encendida, es decir, una veintena de bombillas encendidas cinco horas al día durante un año. El cálculo es aproximado, pero lo esencial está en otra parte: más de mil personas han adoptado nuevos hábitos, como darse de baja de los boletines que ya no leen.",
            },
        ],
    },
    {
        "key": "weather-logbooks-transcription",
        "organisation": "memoire-du-ciel",
        "state": "open_near_goal",
        "title": {
            "fr": "Transcrire les carnets météo d’un observatoire oublié",
            "en": "Transcribe the weather logbooks of a forgotten observatory",
            "es": "Transcribe los cuadernos meteorológicos de un observatorio olvidado",
        },
        "slug": {
            "fr": "transcrire-les-carnets-meteo-d-un-observatoire-oublie",
            "en": "transcribe-the-weather-logbooks-of-a-forgotten-observatory",
            "es": "transcribe-cuadernos-meteorologicos-de-un-observatorio",
        },
        "summary": {
            "fr": "Entre 1868 et 1912, les gardiens d’un petit observatoire de montagne ont noté chaque jour la température, la pression et le vent. Aidez-nous à recopier ces pages manuscrites pour que les chercheurs puissent enfin les exploiter.",
            "en": "Between 1868 and 1912, the keepers of a small mountain observatory recorded the temperature, pressure and wind every day. Help us copy out these handwritten pages so that researchers can finally use them.",
            "es": "Entre 1868 y 1912, los guardas de un pequeño observatorio de montaña anotaron cada día la temperatura, la presión y el viento. Ayúdanos a pasar a limpio estas páginas manuscritas para que los investigadores por fin puedan usarlas.",
        },
        "search_description": {
            "fr": "Transcrivez en ligne, en 15 minutes, une page de relevés météo du XIXe siècle et aidez la recherche sur le climat.",
            "en": "Spend 15 minutes online transcribing a page of nineteenth-century weather records and help climate research.",
            "es": "Dedica 15 minutos a transcribir en línea una página de registros meteorológicos del siglo XIX y ayuda a investigar el clima.",
        },
        "causes": ["science", "environment", "education"],
        "action_type": "online",
        "place": None,
        "goal": 800,
        "minutes": 15,
        "image": {
            "motif": "globe",
            "alt": {
                "fr": "Illustration d’un globe parcouru de méridiens, entouré de petits points reliés les uns aux autres.",
                "en": "Illustration of a globe crossed by meridians, surrounded by small dots linked to one another.",
                "es": "Ilustración de un globo terráqueo recorrido por meridianos, rodeado de pequeños puntos unidos entre sí.",
            },
            "caption": {
                "fr": "Chaque relevé ancien ajoute une pièce à l’histoire du climat.",
                "en": "Every old reading adds a piece to the history of the climate.",
                "es": "Cada registro antiguo añade una pieza a la historia del clima.",
            },
        },
        "instructions": [
            {
                "type": "step",
                "title": {
                    "fr": "Ouvrez une page du registre",
                    "en": "Open a page of the logbook",
                    "es": "Abre una página del registro",
                },
                "text": {
                    "fr": "L’outil de transcription affiche une page numérisée, avec à côté une grille à remplir. Chaque page correspond à une journée d’observations.",
                    "en": "The transcription tool shows a scanned page, with a grid to fill in beside it. Each page covers one day of observations.",
                    "es": "La herramienta de transcripción muestra una página escaneada y, al lado, una tabla que rellenar. Cada página corresponde a un día de observaciones.",
                },
            },
            {
                "type": "step",
                "title": {
                    "fr": "Recopiez sans corriger",
                    "en": "Copy without correcting",
                    "es": "Copia sin corregir",
                },
                "text": {
                    "fr": "Saisissez les valeurs exactement comme elles sont écrites, même si l’une d’elles vous semble étrange. En cas de doute, tapez un point d’interrogation plutôt que de deviner.",
                    "en": "Type in the values exactly as they are written, even if one of them looks odd. If in doubt, type a question mark rather than guessing.",
                    "es": "Escribe los valores tal como aparecen, aunque alguno te parezca raro. Si dudas, pon un signo de interrogación en lugar de adivinar.",
                },
            },
            {
                "type": "checklist",
                "title": {
                    "fr": "Avant de valider la page",
                    "en": "Before you submit the page",
                    "es": "Antes de enviar la página",
                },
                "items": [
                    {
                        "fr": "La date du haut de page est bien recopiée",
                        "en": "The date at the top of the page has been copied",
                        "es": "La fecha de la parte superior está copiada",
                    },
                    {
                        "fr": "Chaque heure de relevé a sa température et sa pression",
                        "en": "Each reading time has its temperature and pressure",
                        "es": "Cada hora de observación tiene su temperatura y su presión",
                    },
                    {
                        "fr": "Les mots illisibles sont signalés par un point d’interrogation",
                        "en": "Illegible words are marked with a question mark",
                        "es": "Las palabras ilegibles llevan un signo de interrogación",
                    },
                ],
            },
            {
                "type": "step",
                "title": {
                    "fr": "Trois regards par page",
                    "en": "Three pairs of eyes per page",
                    "es": "Tres miradas por página",
                },
                "text": {
                    "fr": "Chaque page est transcrite par trois personnes différentes, puis les écarts sont vérifiés par notre équipe. Une erreur isolée sera donc repérée : pas de stress.",
                    "en": "Every page is transcribed by three different people, then our team checks any differences. A one-off mistake will be caught, so there is no need to worry.",
                    "es": "Cada página la transcriben tres personas distintas y luego nuestro equipo revisa las diferencias. Un error aislado se detectará, así que tranquilidad.",
                },
            },
        ],
        "impact_unit": {
            "fr": "pages transcrites",
            "en": "pages transcribed",
            "es": "páginas transcritas",
        },
        "equivalences": [
            {
                "per": 365,
                "label": {
                    "fr": "années d’observations sauvées de l’oubli",
                    "en": "years of observations rescued from oblivion",
                    "es": "años de observaciones rescatados del olvido",
                },
            },
        ],
        "updates": [
            {
                "days_ago": 12,
                "title": {
                    "fr": "Le registre de 1879 est terminé",
                    "en": "The 1879 logbook is complete",
                    "es": "El registro de 1879 está terminado",
                },
                "text": {
                    "fr": "Toutes les pages de cette année-là ont été transcrites trois fois. Les premières courbes de température sont déjà entre les mains des chercheurs.",
                    "en": "Every page from that year has now been transcribed three times. The first temperature curves are already in the researchers’ hands.",
                    "es": "Todas las páginas de ese año se han transcrito tres veces. Las primeras curvas de temperatura ya están en manos de los investigadores.",
                },
            },
            {
                "days_ago": 2,
                "title": {
                    "fr": "L’objectif est en vue",
                    "en": "The goal is in sight",
                    "es": "El objetivo está a la vista",
                },
                "text": {
                    "fr": "Il ne manque plus que quelques dizaines de participants pour atteindre les 800. Un quart d’heure de votre soirée peut faire la différence !",
                    "en": "Only a few dozen more participants are needed to reach 800. A quarter of an hour of your evening could make the difference!",
                    "es": "Solo faltan unas decenas de participantes para llegar a 800. ¡Un cuarto de hora de tu tarde puede marcar la diferencia!",
                },
            },
        ],
        "results": [],
    },
    {
        "key": "family-park-litter-pick",
        "organisation": "terre-en-commun",
        "state": "just_opened",
        "title": {
            "fr": "Un dimanche en famille pour un parc plus propre",
            "en": "A family Sunday for a cleaner park",
            "es": "Un domingo en familia por un parque más limpio",
        },
        "slug": {
            "fr": "un-dimanche-en-famille-pour-un-parc-plus-propre",
            "en": "a-family-sunday-for-a-cleaner-park",
            "es": "un-domingo-en-familia-por-un-parque-mas-limpio",
        },
        "summary": {
            "fr": "Gants aux mains et pinces en renfort, venez ramasser les déchets qui traînent dans les allées et sur les berges du parc. Une matinée ouverte à tous, petits et grands.",
            "en": "Gloves on and litter pickers at the ready, come and collect the rubbish lying along the paths and banks of the park. A morning open to everyone, young and old.",
            "es": "Con guantes y pinzas, ven a recoger la basura que hay por los caminos y las orillas del parque. Una mañana abierta a todo el mundo, pequeños y mayores.",
        },
        "search_description": {
            "fr": "Ramassage de déchets en famille au parc de la Vallée verte, à Villeurbanne : une matinée pour agir ensemble, matériel fourni.",
            "en": "A family litter pick at Vallée Verte park in Villeurbanne: one morning to act together, equipment provided.",
            "es": "Recogida de basura en familia en el parque de la Vallée Verte, en Villeurbanne: una mañana para actuar juntos, con material incluido.",
        },
        "causes": ["environment", "youth"],
        "action_type": "in_person",
        "place": {
            "fr": "Parc de la Vallée verte, Villeurbanne",
            "en": "Vallée Verte park, Villeurbanne",
            "es": "Parque de la Vallée Verte, Villeurbanne",
        },
        "goal": 300,
        "minutes": 90,
        "image": {
            "motif": "hands",
            "alt": {
                "fr": "Illustration de plusieurs mains levées, dessinées en formes simples et arrondies.",
                "en": "Illustration of several raised hands drawn as simple rounded shapes.",
                "es": "Ilustración de varias manos levantadas, dibujadas con formas redondeadas sencillas.",
            },
            "caption": {
                "fr": "Plus nous sommes nombreux, plus le parc retrouve vite son allure.",
                "en": "The more of us there are, the sooner the park looks its best again.",
                "es": "Cuantos más seamos, antes recuperará el parque su buen aspecto.",
            },
        },
        "instructions": [
            {
                "type": "step",
                "title": {
                    "fr": "Inscrivez toute la famille",
                    "en": "Sign up the whole family",
                    "es": "Apunta a toda la familia",
                },
                "text": {
                    "fr": "Indiquez combien vous serez, enfants compris, pour que nous prévoyions assez de gants et de pinces. Les moins de 12 ans participent accompagnés d’un adulte.",
                    "en": "Tell us how many of you are coming, children included, so that we have enough gloves and litter pickers. Under-12s take part with an adult.",
                    "es": "Dinos cuántos vais a ser, niños incluidos, para que tengamos suficientes guantes y pinzas. Los menores de 12 años participan con una persona adulta.",
                },
            },
            {
                "type": "checklist",
                "title": {
                    "fr": "À emporter",
                    "en": "What to bring",
                    "es": "Qué llevar",
                },
                "items": [
                    {
                        "fr": "Des vêtements qui ne craignent rien et des chaussures fermées",
                        "en": "Clothes you don’t mind getting dirty and closed shoes",
                        "es": "Ropa que se pueda manchar y calzado cerrado",
                    },
                    {
                        "fr": "Une gourde remplie",
                        "en": "A full water bottle",
                        "es": "Una cantimplora llena",
                    },
                    {
                        "fr": "Une casquette ou un imperméable, selon la météo",
                        "en": "A cap or a raincoat, depending on the weather",
                        "es": "Una gorra o un chubasquero, según el tiempo",
                    },
                ],
            },
            {
                "type": "step",
                "title": {
                    "fr": "Retrouvez-nous au point d’accueil",
                    "en": "Meet us at the welcome point",
                    "es": "Encuéntranos en el punto de acogida",
                },
                "text": {
                    "fr": "Le rendez-vous est fixé près de l’entrée principale du parc, à 9 h 30. Chaque équipe reçoit un secteur, des sacs et une balance pour peser sa récolte.",
                    "en": "We meet near the main entrance of the park at 9.30 am. Each team is given an area, some bags and a scale to weigh what it collects.",
                    "es": "Quedamos junto a la entrada principal del parque a las 9:30. Cada equipo recibe una zona, bolsas y una báscula para pesar lo que recoja.",
                },
            },
            {
                "type": "checklist",
                "title": {
                    "fr": "Consignes de sécurité",
                    "en": "Safety rules",
                    "es": "Normas de seguridad",
                },
                "items": [
                    {
                        "fr": "Ne touchez jamais une seringue ni du verre cassé : signalez-les à un encadrant",
                        "en": "Never touch a syringe or broken glass: report it to a team leader",
                        "es": "No toques nunca una jeringuilla ni cristales rotos: avisa a una persona responsable",
                    },
                    {
                        "fr": "Restez sur les chemins et à bonne distance de l’eau",
                        "en": "Stay on the paths and well away from the water",
                        "es": "No te salgas de los caminos y mantente lejos del agua",
                    },
                    {
                        "fr": "Gardez vos gants pendant tout le ramassage",
                        "en": "Keep your gloves on throughout the litter pick",
                        "es": "Lleva los guantes puestos durante toda la recogida",
                    },
                ],
            },
        ],
        "impact_unit": {
            "fr": "kg de déchets ramassés",
            "en": "kg of litter collected",
            "es": "kg de basura recogida",
        },
        "equivalences": [
            {
                "per": 5,
                "label": {
                    "fr": "sacs de 50 litres remplis",
                    "en": "50-litre bags filled",
                    "es": "bolsas de 50 litros llenas",
                },
            },
        ],
        "updates": [
            {
                "days_ago": 1,
                "title": {
                    "fr": "Les inscriptions sont ouvertes",
                    "en": "Sign-ups are open",
                    "es": "Las inscripciones están abiertas",
                },
                "text": {
                    "fr": "C’est parti ! L’école élémentaire du quartier prépare des affiches avec ses élèves, et un centre social nous prête des pinces supplémentaires.",
                    "en": "We’re off! The local primary school is making posters with its pupils, and a community centre is lending us extra litter pickers.",
                    "es": "¡Arrancamos! El colegio del barrio está preparando carteles con su alumnado y un centro social nos presta pinzas de más.",
                },
            },
        ],
        "results": [],
    },
    {
        "key": "cards-against-loneliness",
        "organisation": "fil-d-argent",
        "state": "upcoming",
        "title": {
            "fr": "Une carte contre la solitude",
            "en": "A card against loneliness",
            "es": "Una tarjeta contra la soledad",
        },
        "slug": {
            "fr": "une-carte-contre-la-solitude",
            "en": "a-card-against-loneliness",
            "es": "una-tarjeta-contra-la-soledad",
        },
        "summary": {
            "fr": "Quelques lignes suffisent pour illuminer la journée d’une personne âgée qui reçoit rarement du courrier. Écrivez une carte en ligne ou à la main, seul ou avec vos enfants.",
            "en": "A few lines are enough to brighten the day of an older person who rarely receives any post. Write a card online or by hand, on your own or with your children.",
            "es": "Unas pocas líneas bastan para alegrar el día a una persona mayor que casi nunca recibe cartas. Escribe una tarjeta en línea o a mano, por tu cuenta o con tus hijos.",
        },
        "search_description": {
            "fr": "Écrivez une carte à une personne âgée isolée, en ligne ou à la main : un quart d’heure pour créer du lien entre générations.",
            "en": "Write a card to an isolated older person, online or by hand: fifteen minutes to build links between generations.",
            "es": "Escribe una tarjeta a una persona mayor que vive sola, en línea o a mano: un cuarto de hora para unir generaciones.",
        },
        "causes": ["health", "poverty"],
        "action_type": "both",
        "place": {
            "fr": "Maison des associations Saint-Félix, Nantes",
            "en": "Saint-Félix community hall, Nantes",
            "es": "Casa de las asociaciones Saint-Félix, Nantes",
        },
        "goal": 500,
        "minutes": 15,
        "image": {
            "motif": "chat",
            "alt": {
                "fr": "Illustration de deux bulles de dialogue qui se chevauchent.",
                "en": "Illustration of two overlapping speech bubbles.",
                "es": "Ilustración de dos bocadillos de diálogo superpuestos.",
            },
            "caption": {
                "fr": "Un mot inattendu dans la boîte aux lettres ouvre souvent une vraie conversation.",
                "en": "An unexpected note in the letterbox often starts a real conversation.",
                "es": "Una nota inesperada en el buzón suele abrir una conversación de verdad.",
            },
        },
        "instructions": [
            {
                "type": "step",
                "title": {
                    "fr": "Écrivez quelques lignes",
                    "en": "Write a few lines",
                    "es": "Escribe unas líneas",
                },
                "text": {
                    "fr": "Présentez-vous par votre prénom et racontez un petit bout de votre quotidien : une recette, une promenade, un souvenir. Le ton d’un message à un voisin convient parfaitement.",
                    "en": "Introduce yourself by your first name and share a small piece of your everyday life: a recipe, a walk, a memory. The tone of a note to a neighbour is just right.",
                    "es": "Preséntate con tu nombre de pila y cuenta un pedacito de tu día a día: una receta, un paseo, un recuerdo. El tono de una nota a un vecino es perfecto.",
                },
            },
            {
                "type": "checklist",
                "title": {
                    "fr": "Les bons réflexes",
                    "en": "Good habits",
                    "es": "Buenas costumbres",
                },
                "items": [
                    {
                        "fr": "Écrivez lisiblement, en gros caractères",
                        "en": "Write clearly, in large letters",
                        "es": "Escribe con letra clara y grande",
                    },
                    {
                        "fr": "Ne donnez ni votre adresse ni votre numéro de téléphone",
                        "en": "Do not give your address or phone number",
                        "es": "No pongas tu dirección ni tu número de teléfono",
                    },
                    {
                        "fr": "Évitez les sujets tristes et les questions trop personnelles",
                        "en": "Avoid sad subjects and overly personal questions",
                        "es": "Evita los temas tristes y las preguntas demasiado personales",
                    },
                ],
            },
            {
                "type": "step",
                "title": {
                    "fr": "Envoyez votre carte",
                    "en": "Send your card",
                    "es": "Envía tu tarjeta",
                },
                "text": {
                    "fr": "Tapez votre message dans le formulaire en ligne : nous l’imprimerons sur une carte illustrée. Vous préférez écrire à la main ? Déposez votre carte à la Maison des associations.",
                    "en": "Type your message into the online form and we will print it on an illustrated card. Prefer to write by hand? Drop your card off at the community hall.",
                    "es": "Escribe tu mensaje en el formulario en línea y lo imprimiremos en una tarjeta ilustrada. ¿Prefieres escribir a mano? Deja tu tarjeta en la Casa de las asociaciones.",
                },
            },
            {
                "type": "step",
                "title": {
                    "fr": "Les enfants aussi",
                    "en": "Children too",
                    "es": "Los peques también",
                },
                "text": {
                    "fr": "Un dessin accompagné d’une phrase fait toujours plaisir. Les cartes des plus jeunes seront distribuées avec toutes les autres.",
                    "en": "A drawing with a short sentence always goes down well. Cards from younger participants will be handed out with all the others.",
                    "es": "Un dibujo con una frase siempre hace ilusión. Las tarjetas de los más pequeños se repartirán junto con todas las demás.",
                },
            },
        ],
        "impact_unit": {
            "fr": "cartes écrites",
            "en": "cards written",
            "es": "tarjetas escritas",
        },
        "equivalences": [],
        "updates": [],
        "results": [],
    },
]
