"""Demo organisations in French, English and Spanish, with a staff member each, and one
application still waiting for the editors."""

ORGANISATION_INDEX = {
    "title": {"fr": "Organisations", "en": "Organisations", "es": "Organizaciones"},
    "slug": {"fr": "organisations", "en": "organisations", "es": "organizaciones"},
    "introduction": {
        "fr": "Les associations qui publient ici leurs défis et leurs campagnes. Chacune présente ce qu’elle fait et ce que les bénévoles lui ont déjà apporté.",
        "en": "The charities that post their challenges and campaigns here. Each one says what it does and what volunteers have already given it.",
        "es": "Las asociaciones que publican aquí sus retos y campañas. Cada una cuenta lo que hace y lo que el voluntariado ya le ha aportado.",
    },
    "search_description": {
        "fr": "Les associations présentes sur Crowdtime, leurs défis, leurs campagnes et le temps que les bénévoles leur ont donné.",
        "en": "The charities on Crowdtime, their challenges and campaigns, and the time volunteers have given them.",
        "es": "Las asociaciones presentes en Crowdtime, sus retos, sus campañas y el tiempo que el voluntariado les ha dedicado.",
    },
}

ORGANISATIONS = [
    {
        "key": "terre-en-commun",
        "name": "Terre en Commun",
        "summary": {
            "fr": "Association d’éducation à l’environnement, Terre en Commun invite chacun à prendre soin de son quartier comme de ses usages numériques. Elle organise des actions courtes, ouvertes aux familles, dont on peut mesurer l’effet.",
            "en": "Terre en Commun is an environmental education charity that encourages everyone to look after their neighbourhood as well as their digital habits. It runs short, family-friendly actions whose effect can be measured.",
            "es": "Terre en Commun es una asociación de educación ambiental que invita a cuidar tanto el barrio como los hábitos digitales. Organiza acciones breves, abiertas a las familias, cuyo efecto se puede medir.",
        },
        "website": "https://terre-en-commun.example.org/",
        "country": "FR",
        "contact_email": "contact@terre-en-commun.example.org",
        "causes": ["environment", "education"],
        "staff": {
            "key": "camille",
            "name": "Camille Roux",
            "email": "camille@terre-en-commun.example.org",
        },
    },
    {
        "key": "memoire-du-ciel",
        "name": "Mémoire du Ciel",
        "summary": {
            "fr": "Mémoire du Ciel sauve les carnets d’observation météorologique tenus à la main depuis le XIXe siècle. Une fois transcrits, ces relevés aident les climatologues à mieux comprendre l’évolution du climat.",
            "en": "Mémoire du Ciel rescues handwritten weather logbooks kept since the nineteenth century. Once transcribed, these records help climate scientists better understand how the climate has changed.",
            "es": "Mémoire du Ciel rescata los cuadernos de observación meteorológica escritos a mano desde el siglo XIX. Una vez transcritos, esos registros ayudan a los climatólogos a entender mejor cómo ha cambiado el clima.",
        },
        "website": "https://memoire-du-ciel.example.org/",
        "country": "FR",
        "contact_email": "bonjour@memoire-du-ciel.example.org",
        "causes": ["science", "environment"],
        "staff": {
            "key": "hugo",
            "name": "Hugo Lefèvre",
            "email": "hugo@memoire-du-ciel.example.org",
        },
    },
    {
        "key": "fil-d-argent",
        "name": "Fil d’Argent",
        "summary": {
            "fr": "Fil d’Argent lutte contre l’isolement des personnes âgées en créant des liens entre générations. Ses bénévoles rendent visite, téléphonent et écrivent aux aînés qui se sentent seuls.",
            "en": "Fil d’Argent tackles loneliness among older people by building links between generations. Its volunteers visit, phone and write to elderly people who feel alone.",
            "es": "Fil d’Argent combate el aislamiento de las personas mayores creando lazos entre generaciones. Su voluntariado visita, llama y escribe a quienes se sienten solos.",
        },
        "website": "https://fil-d-argent.example.org/",
        "country": "BE",
        "contact_email": "equipe@fil-d-argent.example.org",
        "causes": ["health", "poverty"],
        "staff": {
            "key": "sofia",
            "name": "Sofía Martín",
            "email": "sofia@fil-d-argent.example.org",
        },
    },
]


PENDING_APPLICATION = {
    "name": "Les Jardins Partagés de la Butte",
    "summary": "Un collectif d’habitants qui cultive trois jardins partagés et voudrait trouver en ligne des idées pour accueillir les écoles du quartier.",
    "website": "https://jardins-butte.example.org/",
    "country": "FR",
    "causes": ["environment", "food"],
    "contact_email": "jardins@jardins-butte.example.org",
    "applicant_name": "Malik Benali",
    "applicant_email": "malik@jardins-butte.example.org",
    "language": "fr",
}

# A challenge that Fil d’Argent's staff submitted for review: it waits for an editor.
IN_REVIEW = {
    "organisation": "fil-d-argent",
    "title": "Quel nom donner à notre permanence téléphonique du dimanche ?",
    "slug": "nom-permanence-du-dimanche",
    "summary": "Le dimanche, nos bénévoles appellent les aînés qui vivent seuls. Cette permanence mérite un nom chaleureux, facile à retenir au téléphone.",
    "task": "Proposez un nom court, qui se dit bien à voix haute, pour notre ligne d’appels du dimanche après-midi. Une phrase pour expliquer votre idée suffit.",
    "days_open": 14,
}
