import type { Locale } from "#vocabulary/vocabulary.ts";

// Word lists for synthetic projects: the same phrase in Norwegian, English and Russian side by
// side, so a generated project reads the same in each of its languages. Russian sentences are
// built so every slot stays in the nominative (no case endings to get wrong).

export type Phrase = Record<Locale, string>;

export interface Place {
  region: string;
  country: string;
  name: Phrase;
}

const place = (region: string, country: string, nb: string, en: string, ru: string): Place => ({
  region,
  country,
  name: { nb, en, ru },
});

/** Applicant towns by county (the three counties of the Barents programmes). */
export const norwegianPlaces: readonly Place[] = [
  place("no-finnmark", "NO", "Kirkenes", "Kirkenes", "Киркенес"),
  place("no-finnmark", "NO", "Vardø", "Vardø", "Вардё"),
  place("no-finnmark", "NO", "Vadsø", "Vadsø", "Вадсё"),
  place("no-finnmark", "NO", "Alta", "Alta", "Альта"),
  place("no-finnmark", "NO", "Hammerfest", "Hammerfest", "Хаммерфест"),
  place("no-finnmark", "NO", "Karasjok", "Karasjok", "Карасйок"),
  place("no-troms", "NO", "Tromsø", "Tromsø", "Тромсё"),
  place("no-troms", "NO", "Harstad", "Harstad", "Харстад"),
  place("no-troms", "NO", "Finnsnes", "Finnsnes", "Финнснес"),
  place("no-nordland", "NO", "Bodø", "Bodø", "Будё"),
  place("no-nordland", "NO", "Narvik", "Narvik", "Нарвик"),
  place("no-nordland", "NO", "Mo i Rana", "Mo i Rana", "Му-и-Рана"),
  place("no-nordland", "NO", "Svolvær", "Svolvær", "Свольвер"),
];

/** Partner towns by Barents region. */
export const partnerPlaces: readonly Place[] = [
  place("ru-murmansk", "RU", "Murmansk", "Murmansk", "Мурманск"),
  place("ru-murmansk", "RU", "Apatity", "Apatity", "Апатиты"),
  place("ru-murmansk", "RU", "Nikel", "Nikel", "Никель"),
  place("ru-arkhangelsk", "RU", "Arkhangelsk", "Arkhangelsk", "Архангельск"),
  place("ru-arkhangelsk", "RU", "Severodvinsk", "Severodvinsk", "Северодвинск"),
  place("ru-nenets", "RU", "Narjan-Mar", "Naryan-Mar", "Нарьян-Мар"),
  place("ru-karelia", "RU", "Petrozavodsk", "Petrozavodsk", "Петрозаводск"),
  place("ru-karelia", "RU", "Kostomuksja", "Kostomuksha", "Костомукша"),
  place("ru-komi", "RU", "Syktyvkar", "Syktyvkar", "Сыктывкар"),
  place("ru-komi", "RU", "Ukhta", "Ukhta", "Ухта"),
  place("se-norrbotten", "SE", "Luleå", "Luleå", "Лулео"),
  place("se-norrbotten", "SE", "Kiruna", "Kiruna", "Кируна"),
  place("se-norrbotten", "SE", "Piteå", "Piteå", "Питео"),
  place("se-vasterbotten", "SE", "Umeå", "Umeå", "Умео"),
  place("se-vasterbotten", "SE", "Skellefteå", "Skellefteå", "Шеллефтео"),
  place("fi-lapland", "FI", "Rovaniemi", "Rovaniemi", "Рованиеми"),
  place("fi-lapland", "FI", "Inari", "Inari", "Инари"),
  place("fi-north-ostrobothnia", "FI", "Oulu", "Oulu", "Оулу"),
  place("fi-kainuu", "FI", "Kajaani", "Kajaani", "Каяани"),
];

/** Kinds of organisation: the applicant's name is "<town> <kind>", a partner's "<Town> <Kind>". */
export const organisationKinds: readonly Phrase[] = [
  { nb: "skole", en: "school", ru: "школа" },
  { nb: "idrettslag", en: "sports club", ru: "спортивный клуб" },
  { nb: "kor", en: "choir", ru: "хор" },
  { nb: "museum", en: "museum", ru: "музей" },
  { nb: "kommune", en: "municipality", ru: "муниципалитет" },
  { nb: "kulturforening", en: "culture association", ru: "культурная ассоциация" },
  { nb: "bibliotek", en: "library", ru: "библиотека" },
  { nb: "ungdomsråd", en: "youth council", ru: "молодёжный совет" },
  { nb: "folkehøgskole", en: "folk high school", ru: "народная школа" },
  { nb: "næringsforening", en: "business association", ru: "деловая ассоциация" },
  { nb: "miljøforening", en: "environmental society", ru: "экологическое общество" },
  { nb: "lokalavis", en: "local newspaper", ru: "местная газета" },
];

export interface AreaWords {
  /** Priority area id (seed-programmes.ts). */
  area: string;
  activities: readonly Phrase[];
  topics: readonly Phrase[];
}

export const areaWords: readonly AreaWords[] = [
  {
    area: "culture-sport",
    activities: [
      { nb: "Kulturfestival", en: "Culture festival", ru: "Фестиваль культуры" },
      { nb: "Korsamarbeid", en: "Choir cooperation", ru: "Хоровое сотрудничество" },
      { nb: "Idrettsleir", en: "Sports camp", ru: "Спортивный лагерь" },
      { nb: "Fotballturnering", en: "Football tournament", ru: "Футбольный турнир" },
      { nb: "Teaterturné", en: "Theatre tour", ru: "Театральные гастроли" },
      { nb: "Musikkverksted", en: "Music workshop", ru: "Музыкальная мастерская" },
    ],
    topics: [
      { nb: "Nordlig musikk", en: "Northern music", ru: "Северная музыка" },
      { nb: "Ski og vinteridrett", en: "Skiing and winter sport", ru: "Лыжи и зимний спорт" },
      { nb: "Folkedans", en: "Folk dance", ru: "Народный танец" },
      { nb: "Samtidskunst", en: "Contemporary art", ru: "Современное искусство" },
    ],
  },
  {
    area: "competence-education",
    activities: [
      { nb: "Lærerutveksling", en: "Teacher exchange", ru: "Обмен учителями" },
      { nb: "Studentutveksling", en: "Student exchange", ru: "Студенческий обмен" },
      { nb: "Språkkurs", en: "Language course", ru: "Языковые курсы" },
      { nb: "Sommerskole", en: "Summer school", ru: "Летняя школа" },
    ],
    topics: [
      { nb: "Yrkesfag", en: "Vocational training", ru: "Профессиональное обучение" },
      { nb: "Digital kompetanse", en: "Digital skills", ru: "Цифровые навыки" },
      { nb: "Helsefag", en: "Health care training", ru: "Медицинское образование" },
      { nb: "Kystfiske", en: "Coastal fishing", ru: "Прибрежное рыболовство" },
    ],
  },
  {
    area: "indigenous",
    activities: [
      { nb: "Urfolksseminar", en: "Indigenous seminar", ru: "Семинар коренных народов" },
      { nb: "Språkleir", en: "Language camp", ru: "Языковой лагерь" },
      { nb: "Duodji-verksted", en: "Duodji workshop", ru: "Мастерская дуодзи" },
    ],
    topics: [
      { nb: "Reindrift", en: "Reindeer herding", ru: "Оленеводство" },
      { nb: "Samisk språk", en: "Sámi language", ru: "Саамский язык" },
      { nb: "Tradisjonell kunnskap", en: "Traditional knowledge", ru: "Традиционные знания" },
    ],
  },
  {
    area: "business",
    activities: [
      { nb: "Næringsnettverk", en: "Business network", ru: "Деловая сеть" },
      { nb: "Gründerverksted", en: "Start-up workshop", ru: "Мастерская предпринимателей" },
      { nb: "Reiselivssamarbeid", en: "Tourism cooperation", ru: "Сотрудничество в туризме" },
    ],
    topics: [
      { nb: "Arktisk reiseliv", en: "Arctic tourism", ru: "Арктический туризм" },
      { nb: "Sjømat", en: "Seafood", ru: "Морепродукты" },
      { nb: "Grensehandel", en: "Cross-border trade", ru: "Приграничная торговля" },
    ],
  },
  {
    area: "civil-society-environment",
    activities: [
      { nb: "Miljøprosjekt", en: "Environmental project", ru: "Экологический проект" },
      { nb: "Ungdomsutveksling", en: "Youth exchange", ru: "Молодёжный обмен" },
      { nb: "Frivillighetsprosjekt", en: "Volunteering project", ru: "Волонтёрский проект" },
    ],
    topics: [
      { nb: "Ren kyst", en: "Clean coast", ru: "Чистое побережье" },
      { nb: "Klima og natur", en: "Climate and nature", ru: "Климат и природа" },
      { nb: "Demokrati for unge", en: "Democracy for young people", ru: "Демократия для молодёжи" },
    ],
  },
  {
    area: "media",
    activities: [
      { nb: "Mediesamarbeid", en: "Media cooperation", ru: "Сотрудничество СМИ" },
      { nb: "Journalistutveksling", en: "Journalist exchange", ru: "Обмен журналистами" },
      { nb: "Filmverksted", en: "Film workshop", ru: "Кинолаборатория" },
    ],
    topics: [
      { nb: "Lokaljournalistikk", en: "Local journalism", ru: "Местная журналистика" },
      { nb: "Dokumentarfilm", en: "Documentary film", ru: "Документальное кино" },
      { nb: "Nyheter over grensen", en: "News across the border", ru: "Новости через границу" },
    ],
  },
];

/** What a project aims at: the summary's last sentence. */
export const aims: readonly Phrase[] = [
  {
    nb: "Målet er varig samarbeid mellom ungdom på begge sider av grensen.",
    en: "The aim is lasting cooperation between young people on both sides of the border.",
    ru: "Цель — долгосрочное сотрудничество молодёжи по обе стороны границы.",
  },
  {
    nb: "Partnerne vil fortsette samarbeidet etter prosjektperioden.",
    en: "The partners intend to continue working together after the project.",
    ru: "Партнёры планируют продолжить сотрудничество после завершения проекта.",
  },
  {
    nb: "Erfaringene deles med andre organisasjoner i regionen.",
    en: "The experience is shared with other organisations in the region.",
    ru: "Опыт проекта будет передан другим организациям региона.",
  },
  {
    nb: "Prosjektet styrker kontakten mellom folk i nord.",
    en: "The project strengthens people-to-people contact in the north.",
    ru: "Проект укрепляет контакты между людьми на Севере.",
  },
];

/** The results sentence of a finished project. */
export const outcomes: readonly Phrase[] = [
  {
    nb: "Prosjektet ble gjennomført som planlagt.",
    en: "The project was carried out as planned.",
    ru: "Проект выполнен в соответствии с планом.",
  },
  {
    nb: "Flere deltakere enn ventet var med, og partnerne har søkt om et nytt prosjekt.",
    en: "More participants than expected took part, and the partners have applied for a new project.",
    ru: "Участников было больше, чем ожидалось, и партнёры подали заявку на новый проект.",
  },
  {
    nb: "En av samlingene ble flyttet, men alle aktivitetene ble gjennomført.",
    en: "One of the meetings was moved, but every activity took place.",
    ru: "Одна из встреч была перенесена, но все мероприятия состоялись.",
  },
];
