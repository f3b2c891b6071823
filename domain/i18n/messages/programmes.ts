import { defineMessages } from "../define-messages.ts";

// The public programme pages: who can apply, for what, how much, and who decides.
export default defineMessages({
  nb: {
    "programme.readMore": "Les om {name}",
    "programme.whoCanApply": "Hvem kan søke",
    "programme.applicantRegions":
      "Søkeren er en norsk organisasjon i {regions}, registrert i Enhetsregisteret.",
    "programme.partners": {
      one: "Prosjektet har minst {count} samarbeidspartner i {regions}. En partner kan være en organisasjon eller en privatperson.",
      other:
        "Prosjektet har minst {count} samarbeidspartnere i {regions}. En partner kan være en organisasjon eller en privatperson.",
    },
    "programme.cooperation":
      "Det holder ikke å ha en partner: søknaden må vise hvordan dere faktisk samarbeider.",
    "programme.priorityAreas": "Satsingsområder",
    "programme.funding": "Hvor mye kan dere få",
    "programme.maxShare": "Inntil {percent} % av de totale kostnadene.",
    "programme.businessShare": "Inntil {percent} % for næringsprosjekter.",
    "programme.fullFunding": "Hele beløpet når de totale kostnadene er under {amount}.",
    "programme.ownWork": "Egeninnsats teller som egenfinansiering:",
    "programme.rate.kind": "Type innsats",
    "programme.rate.side": "Side",
    "programme.rate.perHour": "Sats per time",
    "programme.rate.external-services": "Kjøpte tjenester",
    "programme.rate.volunteer": "Frivillig arbeid",
    "programme.side.any": "Alle",
    "programme.foodCap": "Mat dekkes med inntil {amount} per person per dag.",
    "programme.notFunded": "Dette gir vi ikke støtte til",
    "programme.decisions": "Hvem avgjør, og når",
    "programme.secretariatDecides": "Søknader under {amount} behandles fortløpende av sekretariatet.",
    "programme.boardDecides": "Fra {amount} avgjør styret. Søknadsfrister: {dates}.",
    "programme.afterGrant": "Etter tilsagn",
    "programme.advance": "Dere kan be om forskudd på inntil {percent} % når tilsagnsbrevet er godtatt.",
    "programme.finalReport":
      "Sluttrapporten må vise minst {percent} % egenfinansiering; over {amount} kreves bekreftelse fra revisor.",
    "programme.languages": "Søknaden kan skrives på: {languages}.",
    "programme.country.NO": "Norge",
    "programme.country.SE": "Sverige",
    "programme.country.FI": "Finland",
    "programme.country.RU": "Russland",
  },
  en: {
    "programme.readMore": "Read about {name}",
    "programme.whoCanApply": "Who can apply",
    "programme.applicantRegions":
      "The applicant is a Norwegian organisation in {regions}, registered in the Central Coordinating Register for Legal Entities.",
    "programme.partners": {
      one: "The project has at least {count} partner in {regions}. A partner may be an organisation or a private person.",
      other:
        "The project has at least {count} partners in {regions}. A partner may be an organisation or a private person.",
    },
    "programme.cooperation":
      "Having a partner is not enough: the application must show how you actually work together.",
    "programme.priorityAreas": "Priority areas",
    "programme.funding": "How much you can get",
    "programme.maxShare": "Up to {percent} % of the total costs.",
    "programme.businessShare": "Up to {percent} % for business projects.",
    "programme.fullFunding": "The whole amount when the total costs are under {amount}.",
    "programme.ownWork": "Own work counts as co-financing:",
    "programme.rate.kind": "Kind of work",
    "programme.rate.side": "Side",
    "programme.rate.perHour": "Rate per hour",
    "programme.rate.external-services": "Purchased services",
    "programme.rate.volunteer": "Volunteer work",
    "programme.side.any": "All",
    "programme.foodCap": "Food is covered up to {amount} per person per day.",
    "programme.notFunded": "What we do not fund",
    "programme.decisions": "Who decides, and when",
    "programme.secretariatDecides":
      "Applications under {amount} are handled continuously by the secretariat.",
    "programme.boardDecides": "From {amount} the board decides. Deadlines: {dates}.",
    "programme.afterGrant": "After a grant",
    "programme.advance": "You may ask for an advance of up to {percent} % once the grant letter is accepted.",
    "programme.finalReport":
      "The final report must show at least {percent} % own funding; above {amount} an auditor's confirmation is required.",
    "programme.languages": "The application can be written in: {languages}.",
    "programme.country.NO": "Norway",
    "programme.country.SE": "Sweden",
    "programme.country.FI": "Finland",
    "programme.country.RU": "Russia",
  },
  ru: {
    "programme.readMore": "Подробнее о программе «{name}»",
    "programme.whoCanApply": "Кто может подать заявку",
    "programme.applicantRegions":
      "Заявитель — норвежская организация, зарегистрированная в Едином реестре юридических лиц, из одного из регионов: {regions}.",
    "programme.partners": {
      one: "В проекте есть не менее {count} партнёра из регионов: {regions}. Партнёром может быть организация или частное лицо.",
      few: "В проекте есть не менее {count} партнёров из регионов: {regions}. Партнёром может быть организация или частное лицо.",
      many: "В проекте есть не менее {count} партнёров из регионов: {regions}. Партнёром может быть организация или частное лицо.",
      other:
        "В проекте есть не менее {count} партнёра из регионов: {regions}. Партнёром может быть организация или частное лицо.",
    },
    "programme.cooperation":
      "Одного наличия партнёра недостаточно: заявка должна показать, как вы на деле работаете вместе.",
    "programme.priorityAreas": "Приоритетные направления",
    "programme.funding": "Сколько можно получить",
    "programme.maxShare": "До {percent} % от общих расходов.",
    "programme.businessShare": "До {percent} % для бизнес-проектов.",
    "programme.fullFunding": "Вся сумма, если общие расходы меньше {amount}.",
    "programme.ownWork": "Собственный вклад засчитывается как софинансирование:",
    "programme.rate.kind": "Вид работы",
    "programme.rate.side": "Сторона",
    "programme.rate.perHour": "Ставка в час",
    "programme.rate.external-services": "Покупные услуги",
    "programme.rate.volunteer": "Волонтёрская работа",
    "programme.side.any": "Все",
    "programme.foodCap": "Питание оплачивается в размере до {amount} на человека в день.",
    "programme.notFunded": "Что мы не финансируем",
    "programme.decisions": "Кто и когда принимает решение",
    "programme.secretariatDecides":
      "Заявки на сумму менее {amount} секретариат рассматривает в течение года.",
    "programme.boardDecides": "Начиная с {amount} решение принимает правление. Сроки подачи: {dates}.",
    "programme.afterGrant": "После решения о гранте",
    "programme.advance": "После принятия грантового письма можно запросить аванс до {percent} %.",
    "programme.finalReport":
      "Итоговый отчёт должен показать не менее {percent} % собственного финансирования; свыше {amount} требуется подтверждение аудитора.",
    "programme.languages": "Заявку можно написать на языках: {languages}.",
    "programme.country.NO": "Норвегия",
    "programme.country.SE": "Швеция",
    "programme.country.FI": "Финляндия",
    "programme.country.RU": "Россия",
  },
});
