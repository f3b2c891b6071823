import { defineMessages } from "../define-messages.ts";

// The eligibility rules' verdicts (domain/eligibility). Each sentence says what was found and what
// the programme allows, with the numbers, so an applicant can fix the application without asking.
// Amounts arrive formatted per language ("70 000 kr", "NOK 70,000"); percentages arrive as numbers
// and the message writes " %" itself. Russian avoids declining programme data (region and area
// names) by putting it after a colon or in quotes.
const eligibility = defineMessages({
  nb: {
    "eligibility.outcome.pass": "Oppfylt",
    "eligibility.outcome.warning": "Bør sjekkes",
    "eligibility.outcome.fail": "Ikke oppfylt",
    "eligibility.outcome.not-applicable": "Ikke vurdert ennå",
    "eligibility.summary.ready": "Søknaden oppfyller alle reglene som sjekkes her, og kan sendes.",
    "eligibility.summary.blocked": {
      one: "{count} regel er ikke oppfylt. Rett det opp før du sender søknaden.",
      other: "{count} regler er ikke oppfylt. Rett dem opp før du sender søknaden.",
    },

    "eligibility.rule.required-fields": "Obligatoriske opplysninger",
    "eligibility.rule.applicant-organisation-number": "Organisasjonsnummer",
    "eligibility.rule.applicant-region": "Søkerens fylke",
    "eligibility.rule.partners": "Samarbeidspartnere",
    "eligibility.rule.priority-area": "Satsingsområde",
    "eligibility.rule.languages": "Språk",
    "eligibility.rule.project-period": "Prosjektperiode",
    "eligibility.rule.start-after-submission": "Oppstart",
    "eligibility.rule.amounts-valid": "Beløp",
    "eligibility.rule.ineligible-costs": "Kostnader som kan dekkes",
    "eligibility.rule.food-cap": "Mat",
    "eligibility.rule.own-work-rates": "Egeninnsats",
    "eligibility.rule.budget-balanced": "Budsjettbalanse",
    "eligibility.rule.funding-share": "Støtteandel",
    "eligibility.rule.decision-level": "Hvem avgjør søknaden",
    "eligibility.rule.required-attachments": "Vedlegg",

    "eligibility.required.pass": "Alt som er obligatorisk, er fylt ut.",
    "eligibility.required.missing": {
      one: "{count} obligatorisk opplysning mangler: {fields}.",
      other: "{count} obligatoriske opplysninger mangler: {fields}.",
    },
    "eligibility.required.field.title": "prosjekttittel",
    "eligibility.required.field.summary": "sammendrag",
    "eligibility.required.field.cooperation": "hvordan partnerne skal samarbeide",
    "eligibility.required.field.organisationNumber": "organisasjonsnummer",
    "eligibility.required.field.applicantRegion": "søkerens fylke",
    "eligibility.required.field.partners": "minst én samarbeidspartner",
    "eligibility.required.field.priorityArea": "satsingsområde",
    "eligibility.required.field.startDate": "startdato",
    "eligibility.required.field.endDate": "sluttdato",
    "eligibility.required.field.budget": "minst én budsjettpost",
    "eligibility.required.field.requested": "beløpet det søkes om",

    "eligibility.orgNumber.pass": "Organisasjonsnummeret {number} er gyldig.",
    "eligibility.orgNumber.fail": "«{number}» er ikke et gyldig organisasjonsnummer: {reason}",
    "eligibility.orgNumber.missing": "Skriv inn søkerens organisasjonsnummer.",
    "eligibility.orgNumber.notNorwegian": "Bare norske organisasjonsnumre sjekkes.",
    "eligibility.orgNumber.reason.empty": "det er tomt.",
    "eligibility.orgNumber.reason.not-digits": "det kan bare inneholde sifre og mellomrom.",
    "eligibility.orgNumber.reason.wrong-length": "det skal ha nøyaktig 9 sifre.",
    "eligibility.orgNumber.reason.check-digit":
      "det siste sifferet stemmer ikke med de andre. Se etter en skrivefeil.",

    "eligibility.applicantRegion.pass": "Søkeren holder til i {region}, der programmet tar imot søkere.",
    "eligibility.applicantRegion.fail":
      "Søkeren holder til i {place}, men programmet tar bare imot søkere fra {regions}.",
    "eligibility.applicantRegion.missing": "Velg fylket søkeren holder til i ({regions}).",

    "eligibility.partners.pass": {
      one: "Du har {count} samarbeidspartner i et område programmet dekker; det kreves minst {min}.",
      other: "Du har {count} samarbeidspartnere i områder programmet dekker; det kreves minst {min}.",
    },
    "eligibility.partners.fail": {
      one: "Du har {count} samarbeidspartner i et område programmet dekker, men det kreves minst {min} fra {regions}.",
      other:
        "Du har {count} samarbeidspartnere i områder programmet dekker, men det kreves minst {min} fra {regions}.",
    },
    "eligibility.partners.missing": {
      one: "Legg til minst {count} samarbeidspartner fra {regions}.",
      other: "Legg til minst {count} samarbeidspartnere fra {regions}.",
    },

    "eligibility.priorityArea.pass": "Satsingsområde: {area}.",
    "eligibility.priorityArea.fail":
      "«{area}» er ikke et satsingsområde i dette programmet. Velg blant: {areas}.",
    "eligibility.priorityArea.missing": "Velg satsingsområdet prosjektet hører til.",

    "eligibility.languages.pass": "Søknaden er skrevet på {used}, som programmet tar imot.",
    "eligibility.languages.warning":
      "Tekst på {unaccepted} blir ikke vurdert; programmet arbeider på {accepted}.",
    "eligibility.languages.fail":
      "Programmet tar imot søknader på {accepted}, men søknaden er skrevet på {used}.",
    "eligibility.languages.missing": "Skriv prosjekttittel og sammendrag på {accepted}.",

    "eligibility.dates.pass": "Prosjektet varer fra {start} til {end}.",
    "eligibility.dates.fail": "Prosjektet slutter {end}, før det starter {start}.",
    "eligibility.dates.invalid": "«{value}» er ikke en gyldig dato.",
    "eligibility.dates.missing": "Fyll inn start- og sluttdato for prosjektet.",

    "eligibility.start.pass": "Prosjektet starter {start}, ikke før søknaden ble sendt ({sent}).",
    "eligibility.start.passDraft":
      "Prosjektet starter {start}. Send søknaden senest den dagen; oppstart før vedtak skjer på egen risiko.",
    "eligibility.start.beforeToday":
      "Prosjektet starter {start}, før i dag ({today}). Et prosjekt kan ikke starte før søknaden er sendt; flytt startdatoen.",
    "eligibility.start.beforeSending":
      "Prosjektet starter {start}, før søknaden ble sendt ({sent}). Et prosjekt kan ikke starte før søknaden er sendt.",
    "eligibility.start.missing": "Fyll inn startdatoen for prosjektet.",
    "eligibility.start.invalid": "Rett opp startdatoen først.",

    "eligibility.amounts.pass": "Alle beløp er hele kroner mellom 0 og {max}.",
    "eligibility.amounts.fail": "{field}: {problem}",
    "eligibility.amounts.failMany": {
      one: "{count} tall må rettes. Først: {field}: {problem}",
      other: "{count} tall må rettes. Først: {field}: {problem}",
    },
    "eligibility.amounts.missing": "Ingen beløp er fylt inn ennå.",
    "eligibility.field.budgetAmount": "Budsjettpost {line}, beløp",
    "eligibility.field.foodAmount": "Budsjettpost {line}, beløp til mat",
    "eligibility.field.foodPersons": "Budsjettpost {line}, antall personer",
    "eligibility.field.foodDays": "Budsjettpost {line}, antall dager",
    "eligibility.field.ownWorkHours": "Egeninnsats, linje {line}, timer",
    "eligibility.field.requested": "Beløp det søkes om",
    "eligibility.field.ownFunds": "Egne midler",
    "eligibility.field.partnerContributions": "Partnernes bidrag",
    "eligibility.field.otherSources": "Andre finansieringskilder",
    "eligibility.problem.notNumber": "skriv et tall.",
    "eligibility.problem.negative": "kan ikke være negativt.",
    "eligibility.problem.notWholeKroner": "bruk hele kroner, uten øre.",
    "eligibility.problem.tooLarge": "mer enn {max} er ikke et rimelig beløp her.",
    "eligibility.problem.notWholeNumber": "skriv et helt tall.",
    "eligibility.problem.atLeastOne": "må være minst 1.",
    "eligibility.problem.tooMany": "mer enn {max} er ikke rimelig her.",
    "eligibility.problem.foodMoreThanLine": "kan ikke være mer enn postens beløp.",
    "eligibility.fixBudgetFirst": "Sjekkes når feilene i beløp og egeninnsats over er rettet opp.",

    "eligibility.ineligibleCosts.pass": "Ingen budsjettpost gjelder kostnader programmet ikke dekker.",
    "eligibility.ineligibleCosts.fail":
      "Budsjettpost {line} gjelder «{category}», som programmet ikke dekker.",
    "eligibility.ineligibleCosts.failMany": {
      one: "{count} budsjettpost gjelder kostnader programmet ikke dekker, blant annet post {line}: «{category}».",
      other:
        "{count} budsjettposter gjelder kostnader programmet ikke dekker, blant annet post {line}: «{category}».",
    },
    "eligibility.ineligibleCosts.missing": "Budsjettet har ingen poster ennå.",

    "eligibility.foodCap.pass": "Maten holder seg innenfor {cap} per person per dag.",
    "eligibility.foodCap.fail":
      "Budsjettpost {line}: maten koster {perDay} per person per dag; grensen er {cap}.",
    "eligibility.foodCap.failMany": {
      one: "{count} budsjettpost går over grensen for mat på {cap} per person per dag; høyest er post {line} med {perDay}.",
      other:
        "{count} budsjettposter går over grensen for mat på {cap} per person per dag; høyest er post {line} med {perDay}.",
    },
    "eligibility.foodCap.missingDetails":
      "Budsjettpost {line}: oppgi antall personer og dager for maten, så grensen på {cap} per person per dag kan sjekkes.",
    "eligibility.foodCap.none": "Budsjettet har ingen matkostnader (grensen er {cap} per person per dag).",

    "eligibility.ownWork.pass": {
      one: "{count} time egeninnsats, verdsatt til {value}.",
      other: "{count} timer egeninnsats, verdsatt til {value}.",
    },
    "eligibility.ownWork.noRate":
      "Egeninnsats, linje {line}: programmet har ingen timesats for {kind} fra {side}.",
    "eligibility.ownWork.missingKind":
      "Egeninnsats, linje {line}: velg type arbeid og hvilken side som gjør det.",
    "eligibility.ownWork.none": "Ingen egeninnsats er ført opp.",
    "eligibility.ownWork.kind.external-services": "eksterne tjenester",
    "eligibility.ownWork.kind.volunteer": "frivillig arbeid",

    "eligibility.budget.pass": "Finansieringen ({financing}) er lik de totale kostnadene ({total}).",
    "eligibility.budget.short":
      "Finansieringen ({financing}) er {difference} lavere enn de totale kostnadene ({total}).",
    "eligibility.budget.over":
      "Finansieringen ({financing}) er {difference} høyere enn de totale kostnadene ({total}).",
    "eligibility.budget.missing":
      "Fyll inn budsjett og finansieringsplan, så sjekkes det at de går i balanse.",

    "eligibility.fundingShare.pass":
      "Du søker om {share} % av de totale kostnadene; programmet dekker høyst {max} %.",
    "eligibility.fundingShare.fail":
      "Du søker om {share} % av de totale kostnadene ({requested} av {total}); programmet dekker høyst {max} %, altså {maxRequested}.",
    "eligibility.fundingShare.businessPass":
      "Du søker om {share} % av de totale kostnadene; næringsprosjekter får høyst {max} %.",
    "eligibility.fundingShare.businessFail":
      "Du søker om {share} % av de totale kostnadene ({requested} av {total}); næringsprosjekter får høyst {max} %, altså {maxRequested}.",
    "eligibility.fundingShare.fullPass":
      "De totale kostnadene ({total}) er under {floor}, så programmet kan dekke alt; du søker om {requested}.",
    "eligibility.fundingShare.fullFail": "Du søker om {requested}, mer enn de totale kostnadene på {total}.",
    "eligibility.fundingShare.missing":
      "Fyll inn budsjettet og beløpet du søker om, så ser du hvor stor andel du søker om.",

    "eligibility.decision.secretariat":
      "Du søker om {requested}, under {threshold}: sekretariatet behandler søknaden fortløpende.",
    "eligibility.decision.board":
      "Du søker om {requested}, altså {threshold} eller mer: styret avgjør søknaden. Neste søknadsfrist for styresaker er {deadline}.",
    "eligibility.decision.boardNoDeadline":
      "Du søker om {requested}, altså {threshold} eller mer: styret avgjør søknaden.",
    "eligibility.decision.missing": "Fyll inn beløpet du søker om, så ser du hvem som avgjør søknaden.",

    "eligibility.attachments.pass": "Alle obligatoriske vedlegg er lagt ved.",
    "eligibility.attachments.missing": {
      one: "{count} obligatorisk vedlegg mangler: {names}.",
      other: "{count} obligatoriske vedlegg mangler: {names}.",
    },
    "eligibility.attachments.none": "Programmet krever ingen vedlegg.",
  },
  en: {
    "eligibility.outcome.pass": "Met",
    "eligibility.outcome.warning": "Check",
    "eligibility.outcome.fail": "Not met",
    "eligibility.outcome.not-applicable": "Not checked yet",
    "eligibility.summary.ready": "The application meets every rule checked here and can be sent.",
    "eligibility.summary.blocked": {
      one: "{count} rule is not met. Put it right before you send the application.",
      other: "{count} rules are not met. Put them right before you send the application.",
    },

    "eligibility.rule.required-fields": "Required information",
    "eligibility.rule.applicant-organisation-number": "Organisation number",
    "eligibility.rule.applicant-region": "Applicant's county",
    "eligibility.rule.partners": "Partners",
    "eligibility.rule.priority-area": "Priority area",
    "eligibility.rule.languages": "Languages",
    "eligibility.rule.project-period": "Project period",
    "eligibility.rule.start-after-submission": "Start",
    "eligibility.rule.amounts-valid": "Amounts",
    "eligibility.rule.ineligible-costs": "Eligible costs",
    "eligibility.rule.food-cap": "Food",
    "eligibility.rule.own-work-rates": "Own contribution in work",
    "eligibility.rule.budget-balanced": "Budget balance",
    "eligibility.rule.funding-share": "Funding share",
    "eligibility.rule.decision-level": "Who decides",
    "eligibility.rule.required-attachments": "Attachments",

    "eligibility.required.pass": "Everything required is filled in.",
    "eligibility.required.missing": {
      one: "{count} required item is missing: {fields}.",
      other: "{count} required items are missing: {fields}.",
    },
    "eligibility.required.field.title": "project title",
    "eligibility.required.field.summary": "summary",
    "eligibility.required.field.cooperation": "how the partners will cooperate",
    "eligibility.required.field.organisationNumber": "organisation number",
    "eligibility.required.field.applicantRegion": "the applicant's county",
    "eligibility.required.field.partners": "at least one partner",
    "eligibility.required.field.priorityArea": "priority area",
    "eligibility.required.field.startDate": "start date",
    "eligibility.required.field.endDate": "end date",
    "eligibility.required.field.budget": "at least one cost line",
    "eligibility.required.field.requested": "the amount applied for",

    "eligibility.orgNumber.pass": "Organisation number {number} is valid.",
    "eligibility.orgNumber.fail": "“{number}” is not a valid organisation number: {reason}",
    "eligibility.orgNumber.missing": "Enter the applicant's organisation number.",
    "eligibility.orgNumber.notNorwegian": "Only Norwegian organisation numbers are checked.",
    "eligibility.orgNumber.reason.empty": "it is empty.",
    "eligibility.orgNumber.reason.not-digits": "it may contain only digits and spaces.",
    "eligibility.orgNumber.reason.wrong-length": "it must have exactly 9 digits.",
    "eligibility.orgNumber.reason.check-digit": "the last digit does not match the others. Look for a typo.",

    "eligibility.applicantRegion.pass":
      "The applicant is based in {region}, where this programme accepts applicants.",
    "eligibility.applicantRegion.fail":
      "The applicant is based in {place}, but this programme accepts applicants from {regions} only.",
    "eligibility.applicantRegion.missing": "Choose the county the applicant is based in ({regions}).",

    "eligibility.partners.pass": {
      one: "You have {count} partner in an area this programme covers; it requires at least {min}.",
      other: "You have {count} partners in areas this programme covers; it requires at least {min}.",
    },
    "eligibility.partners.fail": {
      one: "You have {count} partner in an area this programme covers, but it requires at least {min} from {regions}.",
      other:
        "You have {count} partners in areas this programme covers, but it requires at least {min} from {regions}.",
    },
    "eligibility.partners.missing": {
      one: "Add at least {count} partner from {regions}.",
      other: "Add at least {count} partners from {regions}.",
    },

    "eligibility.priorityArea.pass": "Priority area: {area}.",
    "eligibility.priorityArea.fail":
      "“{area}” is not a priority area of this programme. Choose one of: {areas}.",
    "eligibility.priorityArea.missing": "Choose the priority area the project belongs to.",

    "eligibility.languages.pass": "The application is written in {used}, which this programme accepts.",
    "eligibility.languages.warning":
      "Text in {unaccepted} will not be assessed; this programme works in {accepted}.",
    "eligibility.languages.fail":
      "This programme accepts applications in {accepted}, but the application is written in {used}.",
    "eligibility.languages.missing": "Write the project title and summary in {accepted}.",

    "eligibility.dates.pass": "The project runs from {start} to {end}.",
    "eligibility.dates.fail": "The project ends on {end}, before it starts on {start}.",
    "eligibility.dates.invalid": "“{value}” is not a valid date.",
    "eligibility.dates.missing": "Enter the project's start and end dates.",

    "eligibility.start.pass": "The project starts on {start}, not before the application was sent ({sent}).",
    "eligibility.start.passDraft":
      "The project starts on {start}. Send the application by that day; starting before the decision is at your own risk.",
    "eligibility.start.beforeToday":
      "The project starts on {start}, before today ({today}). A project must not start before the application is sent; move the start date.",
    "eligibility.start.beforeSending":
      "The project starts on {start}, before the application was sent ({sent}). A project must not start before the application is sent.",
    "eligibility.start.missing": "Enter the project's start date.",
    "eligibility.start.invalid": "Correct the start date first.",

    "eligibility.amounts.pass": "All amounts are whole kroner between 0 and {max}.",
    "eligibility.amounts.fail": "{field}: {problem}",
    "eligibility.amounts.failMany": {
      one: "{count} number needs correcting. First: {field}: {problem}",
      other: "{count} numbers need correcting. First: {field}: {problem}",
    },
    "eligibility.amounts.missing": "No amounts have been entered yet.",
    "eligibility.field.budgetAmount": "Cost line {line}, amount",
    "eligibility.field.foodAmount": "Cost line {line}, amount for food",
    "eligibility.field.foodPersons": "Cost line {line}, number of persons",
    "eligibility.field.foodDays": "Cost line {line}, number of days",
    "eligibility.field.ownWorkHours": "Own work, line {line}, hours",
    "eligibility.field.requested": "Amount applied for",
    "eligibility.field.ownFunds": "Own funds",
    "eligibility.field.partnerContributions": "Partners' contributions",
    "eligibility.field.otherSources": "Other sources of funding",
    "eligibility.problem.notNumber": "enter a number.",
    "eligibility.problem.negative": "cannot be negative.",
    "eligibility.problem.notWholeKroner": "use whole kroner, without øre.",
    "eligibility.problem.tooLarge": "more than {max} is not a plausible amount here.",
    "eligibility.problem.notWholeNumber": "enter a whole number.",
    "eligibility.problem.atLeastOne": "must be at least 1.",
    "eligibility.problem.tooMany": "more than {max} is not plausible here.",
    "eligibility.problem.foodMoreThanLine": "cannot be more than the line's amount.",
    "eligibility.fixBudgetFirst": "Checked once the problems with amounts and own work above are corrected.",

    "eligibility.ineligibleCosts.pass": "No cost line is for something this programme does not fund.",
    "eligibility.ineligibleCosts.fail":
      "Cost line {line} is for “{category}”, which this programme does not fund.",
    "eligibility.ineligibleCosts.failMany": {
      one: "{count} cost line is for things this programme does not fund, such as line {line}: “{category}”.",
      other:
        "{count} cost lines are for things this programme does not fund, such as line {line}: “{category}”.",
    },
    "eligibility.ineligibleCosts.missing": "The budget has no cost lines yet.",

    "eligibility.foodCap.pass": "Food stays within {cap} per person per day.",
    "eligibility.foodCap.fail":
      "Cost line {line}: food comes to {perDay} per person per day; the limit is {cap}.",
    "eligibility.foodCap.failMany": {
      one: "{count} cost line exceeds the food limit of {cap} per person per day; the highest is line {line} at {perDay}.",
      other:
        "{count} cost lines exceed the food limit of {cap} per person per day; the highest is line {line} at {perDay}.",
    },
    "eligibility.foodCap.missingDetails":
      "Cost line {line}: give the number of persons and days for the food, so the limit of {cap} per person per day can be checked.",
    "eligibility.foodCap.none": "The budget has no food costs (the limit is {cap} per person per day).",

    "eligibility.ownWork.pass": {
      one: "{count} hour of own work, valued at {value}.",
      other: "{count} hours of own work, valued at {value}.",
    },
    "eligibility.ownWork.noRate":
      "Own work, line {line}: this programme has no hourly rate for {kind} from {side}.",
    "eligibility.ownWork.missingKind":
      "Own work, line {line}: choose the kind of work and the side that does it.",
    "eligibility.ownWork.none": "No own work has been entered.",
    "eligibility.ownWork.kind.external-services": "external services",
    "eligibility.ownWork.kind.volunteer": "volunteer work",

    "eligibility.budget.pass": "The financing ({financing}) matches the total costs ({total}).",
    "eligibility.budget.short":
      "The financing ({financing}) is {difference} less than the total costs ({total}).",
    "eligibility.budget.over":
      "The financing ({financing}) is {difference} more than the total costs ({total}).",
    "eligibility.budget.missing": "Fill in the budget and the financing plan to check that they balance.",

    "eligibility.fundingShare.pass":
      "You ask for {share} % of the total costs; this programme funds at most {max} %.",
    "eligibility.fundingShare.fail":
      "You ask for {share} % of the total costs ({requested} of {total}); this programme funds at most {max} %, that is {maxRequested}.",
    "eligibility.fundingShare.businessPass":
      "You ask for {share} % of the total costs; business projects are funded at most {max} %.",
    "eligibility.fundingShare.businessFail":
      "You ask for {share} % of the total costs ({requested} of {total}); business projects are funded at most {max} %, that is {maxRequested}.",
    "eligibility.fundingShare.fullPass":
      "The total costs ({total}) are under {floor}, so this programme can fund all of them; you ask for {requested}.",
    "eligibility.fundingShare.fullFail": "You ask for {requested}, more than the total costs of {total}.",
    "eligibility.fundingShare.missing":
      "Fill in the budget and the amount you ask for to see the share you ask for.",

    "eligibility.decision.secretariat":
      "You ask for {requested}, less than {threshold}: the secretariat handles the application as it comes in.",
    "eligibility.decision.board":
      "You ask for {requested}, which is {threshold} or more: the board decides. The next deadline for board cases is {deadline}.",
    "eligibility.decision.boardNoDeadline":
      "You ask for {requested}, which is {threshold} or more: the board decides.",
    "eligibility.decision.missing": "Enter the amount you ask for to see who decides.",

    "eligibility.attachments.pass": "Every required attachment is there.",
    "eligibility.attachments.missing": {
      one: "{count} required attachment is missing: {names}.",
      other: "{count} required attachments are missing: {names}.",
    },
    "eligibility.attachments.none": "This programme requires no attachments.",
  },
  ru: {
    "eligibility.outcome.pass": "Выполнено",
    "eligibility.outcome.warning": "Проверьте",
    "eligibility.outcome.fail": "Не выполнено",
    "eligibility.outcome.not-applicable": "Ещё не проверено",
    "eligibility.summary.ready": "Заявка соответствует всем проверяемым здесь правилам и может быть подана.",
    "eligibility.summary.blocked": {
      one: "{count} правило не выполнено. Исправьте это перед подачей заявки.",
      few: "{count} правила не выполнены. Исправьте это перед подачей заявки.",
      many: "{count} правил не выполнено. Исправьте это перед подачей заявки.",
      other: "{count} правила не выполнено. Исправьте это перед подачей заявки.",
    },

    "eligibility.rule.required-fields": "Обязательные сведения",
    "eligibility.rule.applicant-organisation-number": "Номер организации",
    "eligibility.rule.applicant-region": "Регион заявителя",
    "eligibility.rule.partners": "Партнёры",
    "eligibility.rule.priority-area": "Приоритетное направление",
    "eligibility.rule.languages": "Языки",
    "eligibility.rule.project-period": "Сроки проекта",
    "eligibility.rule.start-after-submission": "Начало проекта",
    "eligibility.rule.amounts-valid": "Суммы",
    "eligibility.rule.ineligible-costs": "Допустимые расходы",
    "eligibility.rule.food-cap": "Питание",
    "eligibility.rule.own-work-rates": "Собственный вклад в виде работы",
    "eligibility.rule.budget-balanced": "Баланс бюджета",
    "eligibility.rule.funding-share": "Доля финансирования",
    "eligibility.rule.decision-level": "Кто принимает решение",
    "eligibility.rule.required-attachments": "Приложения",

    "eligibility.required.pass": "Все обязательные сведения заполнены.",
    "eligibility.required.missing": {
      one: "Не заполнено {count} обязательное поле: {fields}.",
      few: "Не заполнено {count} обязательных поля: {fields}.",
      many: "Не заполнено {count} обязательных полей: {fields}.",
      other: "Не заполнено {count} обязательного поля: {fields}.",
    },
    "eligibility.required.field.title": "название проекта",
    "eligibility.required.field.summary": "краткое описание",
    "eligibility.required.field.cooperation": "как партнёры будут сотрудничать",
    "eligibility.required.field.organisationNumber": "номер организации",
    "eligibility.required.field.applicantRegion": "регион заявителя",
    "eligibility.required.field.partners": "хотя бы один партнёр",
    "eligibility.required.field.priorityArea": "приоритетное направление",
    "eligibility.required.field.startDate": "дата начала",
    "eligibility.required.field.endDate": "дата окончания",
    "eligibility.required.field.budget": "хотя бы одна статья бюджета",
    "eligibility.required.field.requested": "запрашиваемая сумма",

    "eligibility.orgNumber.pass": "Номер организации {number} действителен.",
    "eligibility.orgNumber.fail": "«{number}» — недействительный номер организации: {reason}",
    "eligibility.orgNumber.missing": "Введите номер организации заявителя.",
    "eligibility.orgNumber.notNorwegian": "Проверяются только норвежские номера организаций.",
    "eligibility.orgNumber.reason.empty": "номер не указан.",
    "eligibility.orgNumber.reason.not-digits": "номер может содержать только цифры и пробелы.",
    "eligibility.orgNumber.reason.wrong-length": "номер должен состоять ровно из 9 цифр.",
    "eligibility.orgNumber.reason.check-digit":
      "последняя цифра не соответствует остальным. Проверьте, нет ли опечатки.",

    "eligibility.applicantRegion.pass":
      "Регион заявителя: {region}. Программа принимает заявителей из этого региона.",
    "eligibility.applicantRegion.fail":
      "Регион заявителя: {place}. Программа принимает заявителей только из регионов: {regions}.",
    "eligibility.applicantRegion.missing": "Выберите регион заявителя ({regions}).",

    "eligibility.partners.pass": {
      one: "У вас {count} партнёр из регионов, охваченных программой; требуется не менее {min}.",
      few: "У вас {count} партнёра из регионов, охваченных программой; требуется не менее {min}.",
      many: "У вас {count} партнёров из регионов, охваченных программой; требуется не менее {min}.",
      other: "У вас {count} партнёра из регионов, охваченных программой; требуется не менее {min}.",
    },
    "eligibility.partners.fail": {
      one: "У вас {count} партнёр из регионов, охваченных программой, а требуется не менее {min}. Регионы: {regions}.",
      few: "У вас {count} партнёра из регионов, охваченных программой, а требуется не менее {min}. Регионы: {regions}.",
      many: "У вас {count} партнёров из регионов, охваченных программой, а требуется не менее {min}. Регионы: {regions}.",
      other:
        "У вас {count} партнёра из регионов, охваченных программой, а требуется не менее {min}. Регионы: {regions}.",
    },
    "eligibility.partners.missing": {
      one: "Добавьте не менее {count} партнёра. Регионы: {regions}.",
      few: "Добавьте не менее {count} партнёров. Регионы: {regions}.",
      many: "Добавьте не менее {count} партнёров. Регионы: {regions}.",
      other: "Добавьте не менее {count} партнёра. Регионы: {regions}.",
    },

    "eligibility.priorityArea.pass": "Приоритетное направление: {area}.",
    "eligibility.priorityArea.fail":
      "«{area}» не является приоритетным направлением этой программы. Выберите одно из: {areas}.",
    "eligibility.priorityArea.missing": "Выберите приоритетное направление проекта.",

    "eligibility.languages.pass": "Языки заявки: {used}. Программа их принимает.",
    "eligibility.languages.warning":
      "Текст на этих языках не будет рассматриваться: {unaccepted}. Языки программы: {accepted}.",
    "eligibility.languages.fail":
      "Программа принимает заявки на этих языках: {accepted}. Языки вашей заявки: {used}.",
    "eligibility.languages.missing":
      "Напишите название и краткое описание проекта. Языки программы: {accepted}.",

    "eligibility.dates.pass": "Сроки проекта: с {start} по {end} включительно.",
    "eligibility.dates.fail": "Проект заканчивается {end}, раньше, чем начинается ({start}).",
    "eligibility.dates.invalid": "«{value}» — недопустимая дата.",
    "eligibility.dates.missing": "Укажите даты начала и окончания проекта.",

    "eligibility.start.pass": "Проект начинается {start}, не раньше подачи заявки ({sent}).",
    "eligibility.start.passDraft":
      "Проект начинается {start}. Подайте заявку не позднее этого дня; начало работ до решения — на ваш риск.",
    "eligibility.start.beforeToday":
      "Проект начинается {start}, раньше сегодняшнего дня ({today}). Проект не может начаться до подачи заявки; перенесите дату начала.",
    "eligibility.start.beforeSending":
      "Проект начинается {start}, раньше подачи заявки ({sent}). Проект не может начаться до подачи заявки.",
    "eligibility.start.missing": "Укажите дату начала проекта.",
    "eligibility.start.invalid": "Сначала исправьте дату начала.",

    "eligibility.amounts.pass": "Все суммы — целые кроны от 0 до {max}.",
    "eligibility.amounts.fail": "{field}: {problem}",
    "eligibility.amounts.failMany": {
      one: "Нужно исправить {count} значение. Первое: {field}: {problem}",
      few: "Нужно исправить {count} значения. Первое: {field}: {problem}",
      many: "Нужно исправить {count} значений. Первое: {field}: {problem}",
      other: "Нужно исправить {count} значения. Первое: {field}: {problem}",
    },
    "eligibility.amounts.missing": "Суммы ещё не введены.",
    "eligibility.field.budgetAmount": "Статья бюджета {line}, сумма",
    "eligibility.field.foodAmount": "Статья бюджета {line}, сумма на питание",
    "eligibility.field.foodPersons": "Статья бюджета {line}, число человек",
    "eligibility.field.foodDays": "Статья бюджета {line}, число дней",
    "eligibility.field.ownWorkHours": "Собственный вклад, строка {line}, часы",
    "eligibility.field.requested": "Запрашиваемая сумма",
    "eligibility.field.ownFunds": "Собственные средства",
    "eligibility.field.partnerContributions": "Вклад партнёров",
    "eligibility.field.otherSources": "Другие источники финансирования",
    "eligibility.problem.notNumber": "введите число.",
    "eligibility.problem.negative": "не может быть отрицательной величиной.",
    "eligibility.problem.notWholeKroner": "укажите целые кроны, без эре.",
    "eligibility.problem.tooLarge": "сумма больше {max} здесь неправдоподобна.",
    "eligibility.problem.notWholeNumber": "введите целое число.",
    "eligibility.problem.atLeastOne": "должно быть не меньше 1.",
    "eligibility.problem.tooMany": "значение больше {max} здесь неправдоподобно.",
    "eligibility.problem.foodMoreThanLine": "не может превышать сумму статьи.",
    "eligibility.fixBudgetFirst":
      "Будет проверено, когда будут исправлены ошибки в суммах и собственном вкладе (см. выше).",

    "eligibility.ineligibleCosts.pass": "В бюджете нет расходов, которые программа не финансирует.",
    "eligibility.ineligibleCosts.fail":
      "Статья бюджета {line}: «{category}». Программа не финансирует такие расходы.",
    "eligibility.ineligibleCosts.failMany": {
      one: "{count} статья бюджета относится к расходам, которые программа не финансирует, например статья {line}: «{category}».",
      few: "{count} статьи бюджета относятся к расходам, которые программа не финансирует, например статья {line}: «{category}».",
      many: "{count} статей бюджета относятся к расходам, которые программа не финансирует, например статья {line}: «{category}».",
      other:
        "{count} статьи бюджета относятся к расходам, которые программа не финансирует, например статья {line}: «{category}».",
    },
    "eligibility.ineligibleCosts.missing": "В бюджете ещё нет статей.",

    "eligibility.foodCap.pass": "Расходы на питание не превышают {cap} на человека в день.",
    "eligibility.foodCap.fail":
      "Статья бюджета {line}: питание стоит {perDay} на человека в день; предел — {cap}.",
    "eligibility.foodCap.failMany": {
      one: "{count} статья бюджета превышает предел на питание {cap} на человека в день; больше всего — статья {line}: {perDay}.",
      few: "{count} статьи бюджета превышают предел на питание {cap} на человека в день; больше всего — статья {line}: {perDay}.",
      many: "{count} статей бюджета превышают предел на питание {cap} на человека в день; больше всего — статья {line}: {perDay}.",
      other:
        "{count} статьи бюджета превышают предел на питание {cap} на человека в день; больше всего — статья {line}: {perDay}.",
    },
    "eligibility.foodCap.missingDetails":
      "Статья бюджета {line}: укажите число человек и дней питания, чтобы проверить предел {cap} на человека в день.",
    "eligibility.foodCap.none": "В бюджете нет расходов на питание (предел — {cap} на человека в день).",

    "eligibility.ownWork.pass": {
      one: "Собственный вклад: {count} час работы стоимостью {value}.",
      few: "Собственный вклад: {count} часа работы стоимостью {value}.",
      many: "Собственный вклад: {count} часов работы стоимостью {value}.",
      other: "Собственный вклад: {count} часа работы стоимостью {value}.",
    },
    "eligibility.ownWork.noRate":
      "Собственный вклад, строка {line}: в программе нет почасовой ставки для вида работы «{kind}» (страна: {side}).",
    "eligibility.ownWork.missingKind":
      "Собственный вклад, строка {line}: выберите вид работы и сторону, которая её выполняет.",
    "eligibility.ownWork.none": "Собственный вклад в виде работы не указан.",
    "eligibility.ownWork.kind.external-services": "внешние услуги",
    "eligibility.ownWork.kind.volunteer": "добровольная работа",

    "eligibility.budget.pass": "Финансирование ({financing}) равно общим расходам ({total}).",
    "eligibility.budget.short":
      "Финансирование ({financing}) на {difference} меньше общих расходов ({total}).",
    "eligibility.budget.over":
      "Финансирование ({financing}) на {difference} больше общих расходов ({total}).",
    "eligibility.budget.missing": "Заполните бюджет и план финансирования, чтобы проверить их баланс.",

    "eligibility.fundingShare.pass":
      "Вы запрашиваете {share} % общих расходов; программа финансирует не более {max} %.",
    "eligibility.fundingShare.fail":
      "Вы запрашиваете {share} % общих расходов ({requested} из {total}); программа финансирует не более {max} %, то есть {maxRequested}.",
    "eligibility.fundingShare.businessPass":
      "Вы запрашиваете {share} % общих расходов; бизнес-проекты финансируются не более чем на {max} %.",
    "eligibility.fundingShare.businessFail":
      "Вы запрашиваете {share} % общих расходов ({requested} из {total}); бизнес-проекты финансируются не более чем на {max} %, то есть {maxRequested}.",
    "eligibility.fundingShare.fullPass":
      "Общие расходы ({total}) меньше {floor}, поэтому программа может покрыть их полностью; вы запрашиваете {requested}.",
    "eligibility.fundingShare.fullFail": "Вы запрашиваете {requested}, больше общих расходов ({total}).",
    "eligibility.fundingShare.missing":
      "Заполните бюджет и запрашиваемую сумму, чтобы увидеть запрашиваемую долю.",

    "eligibility.decision.secretariat":
      "Вы запрашиваете {requested}, меньше {threshold}: заявку рассматривает секретариат в порядке поступления.",
    "eligibility.decision.board":
      "Вы запрашиваете {requested}, то есть {threshold} или больше: решение принимает правление. {deadline} — ближайший срок подачи заявок на правление.",
    "eligibility.decision.boardNoDeadline":
      "Вы запрашиваете {requested}, то есть {threshold} или больше: решение принимает правление.",
    "eligibility.decision.missing": "Укажите запрашиваемую сумму, чтобы узнать, кто принимает решение.",

    "eligibility.attachments.pass": "Все обязательные приложения на месте.",
    "eligibility.attachments.missing": {
      one: "Не хватает {count} обязательного приложения: {names}.",
      few: "Не хватает {count} обязательных приложений: {names}.",
      many: "Не хватает {count} обязательных приложений: {names}.",
      other: "Не хватает {count} обязательного приложения: {names}.",
    },
    "eligibility.attachments.none": "Программа не требует приложений.",
  },
});

export default eligibility;

export type EligibilityMessageKey = Extract<keyof typeof eligibility.nb, string>;
