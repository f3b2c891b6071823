import { defineMessages } from "../define-messages.ts";

// The open-data API's refusals (problem documents: app/web/problem.server.ts, server/api-edge.ts)
// and the search parameters' errors added with them (domain/catalogue/catalogue-query.ts). Values
// the API takes ({allowed}, {known}, {methods}) are codes and stay untranslated.

export default defineMessages({
  nb: {
    "catalogue.query.unknownValue": "«{value}» er ingen verdi for {param}. Tillatte verdier: {allowed}.",
    "catalogue.query.controlCharacter": "En verdi for {param} inneholder et kontrolltegn.",
    "catalogue.query.repeated": "{param} kan bare gis én gang, med én verdi.",
    "api.param.unknown": "Ukjent parameter «{param}». Denne adressen tar: {known}.",
    "api.param.unknownNone": "Ukjent parameter «{param}». Denne adressen tar ingen parametere.",
    "api.problem.badParameters": "Parametrene i forespørselen kan ikke brukes",
    "api.problem.badRequest": "Ugyldig forespørsel",
    "api.problem.badEncoding":
      "Adressen er ikke riktig kodet: etter % må det stå to heksadesimale sifre, og bytene må være UTF-8-tekst.",
    "api.problem.notFound": "Ikke funnet",
    "api.problem.noSuchAddress":
      "Det åpne API-et har ingen slik adresse. Adressene er beskrevet i {openapi}.",
    "api.problem.methodNotAllowed": "Metoden er ikke tillatt",
    "api.problem.methodNotAllowedDetail":
      "Denne adressen svarer bare på {methods}: det åpne API-et kan bare leses.",
    "api.problem.uriTooLong": "Adressen er for lang",
    "api.problem.uriTooLongDetail":
      "Adressen er lengre enn {max} tegn. Velg færre verdier eller kort ned teksten.",
    "api.problem.unavailable": "Tjenesten er midlertidig utilgjengelig",
    "api.problem.serverError": "Intern feil",
    "api.problem.serverErrorDetail":
      "Noe gikk galt hos oss, og ingenting ble endret. Prøv igjen senere, og si fra hvis feilen varer.",
    "openData.param.closedFacet":
      "Filter: {facet}. En av {values}; en annen verdi avvises med en feilmelding. Høyst {max} verdier.",
    "openData.parameters.errors":
      "En parameter som adressen ikke tar, en verdi den ikke kan bruke, eller en parameter med én verdi gitt to ganger, besvares med status 400 og et feildokument (application/problem+json) som nevner hver av dem, på språket i lang eller nettleserens språk. En ukjent id i et filter (et program, et fylke) er ingen feil: den gir ingen treff.",
  },
  en: {
    "catalogue.query.unknownValue": "“{value}” is not a value of {param}. Allowed values: {allowed}.",
    "catalogue.query.controlCharacter": "A value of {param} contains a control character.",
    "catalogue.query.repeated": "{param} can be given only once, with one value.",
    "api.param.unknown": "Unknown parameter “{param}”. This address takes: {known}.",
    "api.param.unknownNone": "Unknown parameter “{param}”. This address takes no parameters.",
    "api.problem.badParameters": "The request's parameters cannot be used",
    "api.problem.badRequest": "Bad request",
    "api.problem.badEncoding":
      "The address is not correctly encoded: a % must be followed by two hexadecimal digits, and the bytes must be UTF-8 text.",
    "api.problem.notFound": "Not found",
    "api.problem.noSuchAddress":
      "The open-data API has no such address. Its addresses are described in {openapi}.",
    "api.problem.methodNotAllowed": "Method not allowed",
    "api.problem.methodNotAllowedDetail":
      "This address answers only {methods}: the open-data API is read-only.",
    "api.problem.uriTooLong": "Address too long",
    "api.problem.uriTooLongDetail":
      "The address is longer than {max} characters. Select fewer values or shorten the text.",
    "api.problem.unavailable": "Service temporarily unavailable",
    "api.problem.serverError": "Internal error",
    "api.problem.serverErrorDetail":
      "Something went wrong on our side, and nothing was changed. Try again later, and tell us if it lasts.",
    "openData.param.closedFacet":
      "Filter: {facet}. One of {values}; another value is refused with an error. At most {max} values.",
    "openData.parameters.errors":
      "A parameter an address does not take, a value it cannot use, or a single-valued parameter given twice is answered with status 400 and a problem document (application/problem+json) naming each one, in the language of lang or of your browser. An unknown id in a filter (a programme, a county) is no error: it finds nothing.",
  },
  ru: {
    "catalogue.query.unknownValue":
      "«{value}» не является значением параметра {param}. Допустимые значения: {allowed}.",
    "catalogue.query.controlCharacter": "Значение параметра {param} содержит управляющий символ.",
    "catalogue.query.repeated": "Параметр {param} можно указать только один раз, с одним значением.",
    "api.param.unknown": "Неизвестный параметр «{param}». Этот адрес принимает: {known}.",
    "api.param.unknownNone": "Неизвестный параметр «{param}». Этот адрес не принимает параметров.",
    "api.problem.badParameters": "Параметры запроса не могут быть использованы",
    "api.problem.badRequest": "Неверный запрос",
    "api.problem.badEncoding":
      "Адрес закодирован неверно: после % должны стоять две шестнадцатеричные цифры, а байты должны быть текстом в UTF-8.",
    "api.problem.notFound": "Не найдено",
    "api.problem.noSuchAddress": "В открытом API нет такого адреса. Его адреса описаны в {openapi}.",
    "api.problem.methodNotAllowed": "Метод не разрешён",
    "api.problem.methodNotAllowedDetail":
      "Этот адрес отвечает только на {methods}: открытый API доступен только для чтения.",
    "api.problem.uriTooLong": "Слишком длинный адрес",
    "api.problem.uriTooLongDetail":
      "Адрес длиннее {max} символов. Выберите меньше значений или сократите текст.",
    "api.problem.unavailable": "Сервис временно недоступен",
    "api.problem.serverError": "Внутренняя ошибка",
    "api.problem.serverErrorDetail":
      "У нас что-то пошло не так, и ничего не было изменено. Попробуйте позже и сообщите нам, если ошибка повторяется.",
    "openData.param.closedFacet":
      "Фильтр: {facet}. Одно из значений {values}; другое значение отклоняется с сообщением об ошибке. Не более {max} значений.",
    "openData.parameters.errors":
      "На параметр, который адрес не принимает, на значение, которое он не может использовать, или на параметр с одним значением, указанный дважды, отвечает статус 400 и документ об ошибке (application/problem+json), называющий каждый из них, на языке из lang или браузера. Неизвестный идентификатор в фильтре (программа, фюльке) не ошибка: он ничего не находит.",
  },
});
