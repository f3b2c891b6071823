import { defineMessages } from "../define-messages.ts";

// The open-data page (/:lang/open-data) and the open-data API's own messages (/api/v1/...). The
// search parameters' errors are catalogue.query.* (catalogue.ts). CSV columns: one key per column of
// catalogueCsvColumns (openData.column.<name>).

export default defineMessages({
  nb: {
    "openData.title": "Åpne data",
    "openData.intro":
      "Alle prosjekter i prosjektkatalogen er åpne data. Du kan hente dem maskinlesbart som JSON, CSV eller i 360Giving-formatet, uten innlogging og uten nøkkel.",
    "openData.licence.heading": "Lisens",
    "openData.licence.text":
      "Dataene er publisert under {licence}. Du kan bruke, dele og bearbeide dem fritt, også kommersielt, så lenge du oppgir kilden.",
    "openData.licence.attribution": "Oppgi kilden slik:",
    "openData.endpoints.heading": "Adresser",
    "openData.endpoints.intro":
      "Alle adressene tar de samme parameterne som søket i prosjektkatalogen, så en adresse fra søkesiden kan kopieres hit.",
    "openData.endpoint.search":
      "Søk: én side med treff som JSON, med totalt antall treff og antall per filterverdi (fasetter).",
    "openData.endpoint.project": "Ett prosjekt med alle publiserte opplysninger, etter den faste id-en.",
    "openData.endpoint.csv":
      "Alle treff for et søk som CSV (UTF-8, komma som skilletegn). Filen strømmes, så også en full eksport starter med en gang.",
    "openData.endpoint.threeSixtyGiving": "Alle treff for et søk i 360Giving Data Standard (JSON).",
    "openData.endpoint.photo":
      "Et bilde fra sluttrapporten som tilskuddsmottakeren har samtykket til å publisere.",
    "openData.endpoint.openapi": "Beskrivelse av hele API-et i OpenAPI 3.1.",
    "openData.example": "Eksempel:",
    "openData.parameters.heading": "Parametere",
    "openData.parameters.intro":
      "Flere verdier av samme filter velges ved å gjenta parameteren eller skille verdiene med komma (year=2023,2024). Verdier av samme filter gir treff på hvilken som helst av dem; ulike filtre må alle stemme.",
    "openData.parameters.caption": "Parametere for søk og eksport",
    "openData.param.q":
      "Fritekst på norsk, engelsk eller russisk. Høyst {maxLength} tegn og {maxTerms} ord blir brukt.",
    "openData.param.facet": "Filter: {facet}. Høyst {max} verdier. En ukjent verdi gir ingen treff.",
    "openData.param.sort": "Rekkefølge: relevance, newest eller amount.",
    "openData.param.page": "Sidenummer fra 1 til {max}.",
    "openData.param.pageSize": "Treff per side fra 1 til {max} (standard {default}).",
    "openData.param.lang":
      "Språk for meldinger og lenker: nb, en eller ru. Uten den avgjør nettleserens språk.",
    "openData.param.onlySearch": "Bare søk (eksportene tar alltid med alt).",
    "openData.table.name": "Navn",
    "openData.table.description": "Beskrivelse",
    "openData.csv.heading": "Kolonner i CSV-filen",
    "openData.csv.intro":
      "Én rad per prosjekt, sortert etter id. Lister er skilt med loddrett strek (|). Filen begynner med et byte order mark, slik at Excel leser den som UTF-8.",
    "openData.csv.caption": "Kolonner i CSV-eksporten",
    "openData.column.id": "Fast offentlig id (saksnummeret med - i stedet for /)",
    "openData.column.case_number": "Saksnummer",
    "openData.column.source":
      "Kilde: case (innvilget i Barents Bridge), archive (historisk arkiv) eller synthetic (oppdiktede eksempeldata)",
    "openData.column.year": "Søknadsår",
    "openData.column.programme": "Programmets id",
    "openData.column.priority_area": "Satsingsområdets id",
    "openData.column.title_nb": "Tittel på norsk",
    "openData.column.title_en": "Tittel på engelsk",
    "openData.column.title_ru": "Tittel på russisk",
    "openData.column.summary_nb": "Sammendrag på norsk",
    "openData.column.summary_en": "Sammendrag på engelsk",
    "openData.column.summary_ru": "Sammendrag på russisk",
    "openData.column.results_nb": "Resultater (fra sluttrapporten) på norsk",
    "openData.column.results_en": "Resultater (fra sluttrapporten) på engelsk",
    "openData.column.results_ru": "Resultater (fra sluttrapporten) på russisk",
    "openData.column.applicant_name": "Søkerorganisasjon",
    "openData.column.applicant_county": "Søkerens fylke (id)",
    "openData.column.partner_names": "Partnerorganisasjoner, skilt med |",
    "openData.column.partner_countries": "Partnernes land (ISO 3166-1 alfa-2), skilt med |",
    "openData.column.partner_regions": "Partnernes regioner (id), skilt med |",
    "openData.column.amount_nok": "Innvilget beløp i hele kroner",
    "openData.column.starts_on": "Planlagt start (ÅÅÅÅ-MM-DD)",
    "openData.column.ends_on": "Planlagt slutt (ÅÅÅÅ-MM-DD)",
    "openData.column.status": "Status: ongoing (pågår) eller finished (avsluttet)",
    "openData.synthetic.heading": "Syntetiske eksempeldata",
    "openData.synthetic.text":
      "En demonstrasjonsinstallasjon kan inneholde oppdiktede prosjekter. De er merket med source=synthetic og saksnumre som begynner på S. Ta dem bort med source=case,archive.",
    "openData.technical.heading": "Feil, hurtigbuffer og faste id-er",
    "openData.technical.ids":
      "Et prosjekts id er saksnummeret med - i stedet for / (for eksempel 2026-00012). Den endres aldri og er den samme i JSON, CSV og 360Giving.",
    "openData.technical.errors":
      "Ugyldige parametere (for eksempel pageSize=100000 eller page=-1) gir svar 400 med en forklaring per parameter, på språket du ber om. Ukjente filterverdier gir et tomt resultat.",
    "openData.technical.caching":
      "Hvert svar har en ETag. Send den tilbake i If-None-Match, så får du 304 uten innhold når ingenting er endret. Svarene kan mellomlagres i ett minutt.",
    "openData.technical.cors":
      "API-et krever ingen innlogging og kan brukes fra nettsider på alle domener (CORS).",
    "openData.api.notFound": "Fant ikke noe prosjekt med denne id-en.",
    "openData.api.photoNotFound": "Dette prosjektet har ikke noe publisert bilde med denne id-en.",
  },
  en: {
    "openData.title": "Open data",
    "openData.intro":
      "Every project in the project catalogue is open data. You can fetch it machine-readable as JSON, CSV or in the 360Giving format, without signing in and without a key.",
    "openData.licence.heading": "Licence",
    "openData.licence.text":
      "The data are published under {licence}. You may use, share and adapt them freely, commercially too, as long as you credit the source.",
    "openData.licence.attribution": "Credit the source as:",
    "openData.endpoints.heading": "Endpoints",
    "openData.endpoints.intro":
      "Every endpoint takes the same parameters as the project catalogue's search, so an address from the search page can be copied here.",
    "openData.endpoint.search":
      "Search: one page of matches as JSON, with the total and the count of every filter value (facets).",
    "openData.endpoint.project": "One project with every published fact, by its stable id.",
    "openData.endpoint.csv":
      "Every match of a search as CSV (UTF-8, comma separated). The file is streamed, so even a full export starts at once.",
    "openData.endpoint.threeSixtyGiving": "Every match of a search in the 360Giving Data Standard (JSON).",
    "openData.endpoint.photo": "A photo from the final report that the grantee consented to publish.",
    "openData.endpoint.openapi": "A description of the whole API in OpenAPI 3.1.",
    "openData.example": "Example:",
    "openData.parameters.heading": "Parameters",
    "openData.parameters.intro":
      "Select several values of one filter by repeating the parameter or separating the values by commas (year=2023,2024). Values of one filter match any of them; different filters must all match.",
    "openData.parameters.caption": "Parameters of the search and the exports",
    "openData.param.q":
      "Free text in Norwegian, English or Russian. At most {maxLength} characters and {maxTerms} words are used.",
    "openData.param.facet": "Filter: {facet}. At most {max} values. An unknown value matches nothing.",
    "openData.param.sort": "Order: relevance, newest or amount.",
    "openData.param.page": "Page number from 1 to {max}.",
    "openData.param.pageSize": "Results per page from 1 to {max} (default {default}).",
    "openData.param.lang":
      "Language of messages and links: nb, en or ru. Without it, your browser's language decides.",
    "openData.param.onlySearch": "Search only (the exports always hold everything).",
    "openData.table.name": "Name",
    "openData.table.description": "Description",
    "openData.csv.heading": "Columns of the CSV file",
    "openData.csv.intro":
      "One row per project, ordered by id. Lists are separated by a vertical bar (|). The file starts with a byte order mark so that Excel reads it as UTF-8.",
    "openData.csv.caption": "Columns of the CSV export",
    "openData.column.id": "Stable public id (the case number with - instead of /)",
    "openData.column.case_number": "Case number",
    "openData.column.source":
      "Source: case (granted in Barents Bridge), archive (historical archive) or synthetic (made-up sample data)",
    "openData.column.year": "Year of application",
    "openData.column.programme": "Programme id",
    "openData.column.priority_area": "Priority area id",
    "openData.column.title_nb": "Title in Norwegian",
    "openData.column.title_en": "Title in English",
    "openData.column.title_ru": "Title in Russian",
    "openData.column.summary_nb": "Summary in Norwegian",
    "openData.column.summary_en": "Summary in English",
    "openData.column.summary_ru": "Summary in Russian",
    "openData.column.results_nb": "Results (from the final report) in Norwegian",
    "openData.column.results_en": "Results (from the final report) in English",
    "openData.column.results_ru": "Results (from the final report) in Russian",
    "openData.column.applicant_name": "Applicant organisation",
    "openData.column.applicant_county": "Applicant's county (id)",
    "openData.column.partner_names": "Partner organisations, separated by |",
    "openData.column.partner_countries": "Partners' countries (ISO 3166-1 alpha-2), separated by |",
    "openData.column.partner_regions": "Partners' regions (ids), separated by |",
    "openData.column.amount_nok": "Amount granted in whole NOK",
    "openData.column.starts_on": "Planned start (YYYY-MM-DD)",
    "openData.column.ends_on": "Planned end (YYYY-MM-DD)",
    "openData.column.status": "Status: ongoing or finished",
    "openData.synthetic.heading": "Synthetic sample data",
    "openData.synthetic.text":
      "A demonstration installation may hold made-up projects. They are labelled source=synthetic and their case numbers start with S. Leave them out with source=case,archive.",
    "openData.technical.heading": "Errors, caching and stable ids",
    "openData.technical.ids":
      "A project's id is its case number with - instead of / (for example 2026-00012). It never changes and is the same in JSON, CSV and 360Giving.",
    "openData.technical.errors":
      "Invalid parameters (for example pageSize=100000 or page=-1) get a 400 answer explaining each parameter, in the language you ask for. Unknown filter values give an empty result.",
    "openData.technical.caching":
      "Every answer has an ETag. Send it back in If-None-Match to get 304 with no body when nothing has changed. Answers may be cached for a minute.",
    "openData.technical.cors":
      "The API needs no sign-in and can be used from web pages on any domain (CORS).",
    "openData.api.notFound": "No project has this id.",
    "openData.api.photoNotFound": "This project has no published photo with this id.",
  },
  ru: {
    "openData.title": "Открытые данные",
    "openData.intro":
      "Все проекты каталога — открытые данные. Их можно получить в машиночитаемом виде: JSON, CSV или формат 360Giving, без входа в систему и без ключа.",
    "openData.licence.heading": "Лицензия",
    "openData.licence.text":
      "Данные опубликованы по лицензии {licence}. Их можно свободно использовать, распространять и перерабатывать, в том числе в коммерческих целях, при условии указания источника.",
    "openData.licence.attribution": "Указывайте источник так:",
    "openData.endpoints.heading": "Адреса",
    "openData.endpoints.intro":
      "Все адреса принимают те же параметры, что и поиск по каталогу проектов, поэтому адрес со страницы поиска можно скопировать сюда.",
    "openData.endpoint.search":
      "Поиск: одна страница результатов в JSON, с общим числом и количеством по каждому значению фильтров (фасеты).",
    "openData.endpoint.project":
      "Один проект со всеми опубликованными сведениями, по постоянному идентификатору.",
    "openData.endpoint.csv":
      "Все результаты поиска в CSV (UTF-8, разделитель — запятая). Файл передаётся потоком, поэтому даже полная выгрузка начинается сразу.",
    "openData.endpoint.threeSixtyGiving": "Все результаты поиска в формате 360Giving Data Standard (JSON).",
    "openData.endpoint.photo": "Фотография из итогового отчёта, опубликованная с согласия грантополучателя.",
    "openData.endpoint.openapi": "Описание всего API в формате OpenAPI 3.1.",
    "openData.example": "Пример:",
    "openData.parameters.heading": "Параметры",
    "openData.parameters.intro":
      "Несколько значений одного фильтра выбираются повтором параметра или через запятую (year=2023,2024). Значения одного фильтра объединяются через «или», разные фильтры — через «и».",
    "openData.parameters.caption": "Параметры поиска и выгрузок",
    "openData.param.q":
      "Произвольный текст на норвежском, английском или русском. Учитываются не более {maxLength} символов и {maxTerms} слов.",
    "openData.param.facet":
      "Фильтр: {facet}. Не более {max} значений. Неизвестное значение ничего не находит.",
    "openData.param.sort": "Порядок: relevance, newest или amount.",
    "openData.param.page": "Номер страницы от 1 до {max}.",
    "openData.param.pageSize": "Результатов на странице от 1 до {max} (по умолчанию {default}).",
    "openData.param.lang":
      "Язык сообщений и ссылок: nb, en или ru. Без него язык определяется по настройкам браузера.",
    "openData.param.onlySearch": "Только для поиска (выгрузки всегда содержат всё).",
    "openData.table.name": "Имя",
    "openData.table.description": "Описание",
    "openData.csv.heading": "Столбцы CSV-файла",
    "openData.csv.intro":
      "Одна строка на проект, по порядку идентификаторов. Элементы списков разделены вертикальной чертой (|). Файл начинается с метки порядка байтов, чтобы Excel читал его как UTF-8.",
    "openData.csv.caption": "Столбцы CSV-выгрузки",
    "openData.column.id": "Постоянный публичный идентификатор (номер дела с - вместо /)",
    "openData.column.case_number": "Номер дела",
    "openData.column.source":
      "Источник: case (одобрен в Barents Bridge), archive (исторический архив) или synthetic (вымышленные демонстрационные данные)",
    "openData.column.year": "Год подачи заявки",
    "openData.column.programme": "Идентификатор программы",
    "openData.column.priority_area": "Идентификатор приоритетного направления",
    "openData.column.title_nb": "Название на норвежском",
    "openData.column.title_en": "Название на английском",
    "openData.column.title_ru": "Название на русском",
    "openData.column.summary_nb": "Краткое описание на норвежском",
    "openData.column.summary_en": "Краткое описание на английском",
    "openData.column.summary_ru": "Краткое описание на русском",
    "openData.column.results_nb": "Результаты (из итогового отчёта) на норвежском",
    "openData.column.results_en": "Результаты (из итогового отчёта) на английском",
    "openData.column.results_ru": "Результаты (из итогового отчёта) на русском",
    "openData.column.applicant_name": "Организация-заявитель",
    "openData.column.applicant_county": "Фюльке заявителя (идентификатор)",
    "openData.column.partner_names": "Организации-партнёры, через |",
    "openData.column.partner_countries": "Страны партнёров (ISO 3166-1 alpha-2), через |",
    "openData.column.partner_regions": "Регионы партнёров (идентификаторы), через |",
    "openData.column.amount_nok": "Сумма гранта в целых кронах",
    "openData.column.starts_on": "Плановое начало (ГГГГ-ММ-ДД)",
    "openData.column.ends_on": "Плановое окончание (ГГГГ-ММ-ДД)",
    "openData.column.status": "Статус: ongoing (идёт) или finished (завершён)",
    "openData.synthetic.heading": "Синтетические демонстрационные данные",
    "openData.synthetic.text":
      "Демонстрационная установка может содержать вымышленные проекты. Они помечены source=synthetic, а их номера дел начинаются с S. Исключите их параметром source=case,archive.",
    "openData.technical.heading": "Ошибки, кэширование и постоянные идентификаторы",
    "openData.technical.ids":
      "Идентификатор проекта — номер дела с - вместо / (например, 2026-00012). Он никогда не меняется и одинаков в JSON, CSV и 360Giving.",
    "openData.technical.errors":
      "Неверные параметры (например, pageSize=100000 или page=-1) дают ответ 400 с объяснением по каждому параметру на выбранном языке. Неизвестные значения фильтров дают пустой результат.",
    "openData.technical.caching":
      "У каждого ответа есть ETag. Передайте его в If-None-Match — и, если ничего не изменилось, получите 304 без содержимого. Ответы можно кэшировать на минуту.",
    "openData.technical.cors": "API не требует входа и доступен с веб-страниц на любом домене (CORS).",
    "openData.api.notFound": "Проект с таким идентификатором не найден.",
    "openData.api.photoNotFound": "У этого проекта нет опубликованной фотографии с таким идентификатором.",
  },
});
