import type { GuideStep } from "./types";
import { WHEN_JOINT_CONTROLLERS, WHEN_PROCESSOR } from "./conditions";

export const step3A: GuideStep = {
  id: "3A",
  title: "Kontroll, uppsiktsplikt och rapportering",
  summary: "Planera hur varje part följer upp de uppgifter den ansvarar för, hur kommunstyrelsen utövar sin uppsikt och hur fullmäktige får en årlig redovisning.",
  reportChapter: "5.1",
  questions: [
    { id: "3A.uppfoljning", label: "Hur följs verksamheten upp?", help: "Beskriv vad som följs upp, hur ofta och av vem.", field: "control.followUpRoutine", reportChapter: "2.1.2" },
    { id: "3A.fullmaktige", label: "Rapporteras samverkan till fullmäktige varje år?", help: "Kommunstyrelsen, eller regionstyrelsen i en region, ska varje år rapportera till fullmäktige om avtalssamverkan (kommunallagen 9 kap. 38 §). Enligt SKR:s rapport kan det ske i ett eget ärende, i årsredovisningen eller i budgetförslaget.", field: "control.annualReportToCouncil", reportChapter: "2.1.2" },
    { id: "3A.internkontroll", label: "Hur ingår samverkan i den interna kontrollen?", help: "Uppdragsgivarens nämnd ansvarar fortsatt för den interna kontrollen av uppgiften.", field: "control.internalControl", reportChapter: "2.1.2" },
    { id: "3A.uppsikt", label: "Är det beskrivet hur kommunstyrelsen utövar uppsikt?", help: "Kommunstyrelsen ska ha överblick och kunna agera vid problem.", field: "control.executiveBoardOversight", reportChapter: "2.1.2" },
  ],
  checklist: [
    { id: "3A.c1", text: "Varje part har rutiner för kontroll och uppsikt.", reportChapter: "5.3" },
    { id: "3A.c2", text: "Rapporteringen till respektive beslutsfattare är planerad.", reportChapter: "5.3" },
  ],
  help: [
    { id: "3A.h1", title: "Ansvaret finns kvar", text: "Eftersom huvudmannaskapet inte flyttas måste varje kommun kunna följa upp de insatser den ansvarar för, även när en annan kommun utför dem.", reportChapter: "5.3" },
  ],
};

export const step3B: GuideStep = {
  id: "3B",
  title: "Säkerhet och informationshantering",
  summary: "Fastställ rutiner för personuppgifter, sekretess, diarieföring, arkivering och informationsutbyte mellan parterna.",
  reportChapter: "5.1",
  questions: [
    { id: "3B.personuppgifter", label: "Behandlas personuppgifter i samverkan?", help: "Nästan all samverkan inom socialtjänsten innebär behandling av personuppgifter.", field: "information.personalData", reportChapter: "2.1.2" },
    { id: "3B.kansliga", label: "Behandlas känsliga personuppgifter, till exempel om hälsa eller sociala förhållanden?", help: "Känsliga personuppgifter (dataskyddsförordningen artikel 9) får bara behandlas med särskilt stöd. Uppgifter i socialtjänsten är ofta känsliga.", field: "information.sensitiveData", reportChapter: "2.1.2" },
    { id: "3B.socialtjanstdata", label: "Har ni gått igenom socialtjänstens särskilda regler för behandling av personuppgifter?", help: "Socialtjänsten har egna regler om behandling av personuppgifter utöver dataskyddsförordningen. Låt en jurist peka ut vilka bestämmelser som gäller (verifiera).", field: "information.socialServicesDataRulesChecked", reportChapter: "2.1.2" },
    { id: "3B.modell", label: "Hur är personuppgiftsansvaret fördelat mellan parterna?", help: "Gemensamt ansvar kräver ett arrangemang mellan parterna (artikel 26), som bör dokumenteras; ett biträdesförhållande ett skriftligt biträdesavtal (artikel 28). Ansvarar varje parts nämnd för sin egen behandling krävs inget av dem, men varje utlämnande mellan parterna behöver stöd. Vilken modell som passar avtalssamverkan är inte klarlagt: låt en jurist bedöma.", field: "information.controllerModel", reportChapter: "2.1.2" },
    { id: "3B.gemensamt", label: "Finns ett dokumenterat arrangemang för gemensamt personuppgiftsansvar?", help: "SKR, Adda och Inera har tagit fram en mall (2025).", field: "information.jointControllerArrangementDocumented", reportChapter: "2.1.2", appliesWhen: WHEN_JOINT_CONTROLLERS },
    { id: "3B.bitrade", label: "Finns ett personuppgiftsbiträdesavtal?", help: "Krävs när en part behandlar personuppgifter för en annan parts räkning.", field: "information.processorAgreement", reportChapter: "2.1.2", appliesWhen: WHEN_PROCESSOR },
    { id: "3B.diarium", label: "Finns rutin för diarieföring?", help: "Särskilt viktigt när samverkan omfattar myndighetsutövning och ärendehandläggning.", field: "information.registrationRoutine", reportChapter: "2.1.2" },
    { id: "3B.arkiv", label: "Finns rutin för arkivering?", help: "Det bör vara klart hos vilken part handlingarna arkiveras; varje part vårdar sitt eget arkiv enligt arkivlagen.", field: "information.archivingRoutine", reportChapter: "2.1.2" },
    { id: "3B.sekretess", label: "Hanteras sekretessbelagda uppgifter?", help: "Sekretessbelagda uppgifter får bara lämnas mellan myndigheter med stöd i lag.", field: "information.secretData", reportChapter: "2.1.2" },
    { id: "3B.sekretessgrund", label: "Med vilket lagstöd lämnas uppgifterna?", help: "Vilken bestämmelse i offentlighets- och sekretesslagen som gäller vid avtalssamverkan är inte bekräftat. Låt en jurist verifiera.", field: "information.secrecyLegalBasis", reportChapter: "2.1.2" },
    { id: "3B.sakerhet", label: "Vilka säkerhetsrutiner gäller?", help: "Till exempel behörigheter, säker överföring och regelbundna avstämningar mellan parterna.", field: "information.securityRoutines", reportChapter: "5.3" },
  ],
  checklist: [
    { id: "3B.c1", text: "Personuppgiftsansvaret är reglerat och dokumenterat.", reportChapter: "2.1.2" },
    { id: "3B.c2", text: "Rutiner för diarieföring och arkivering är fastställda.", reportChapter: "2.1.2" },
    { id: "3B.c3", text: "Parterna har rutiner för att informera varandra om förändringar.", reportChapter: "5.3" },
  ],
  help: [
    { id: "3B.h1", title: "Skillnad mot en privat utförare", text: "En privat utförare redovisar bara resultatet. I avtalssamverkan kan uppdragstagaren handlägga ärenden och utöva myndighet, vilket påverkar diarieföring, arkivering och personuppgifter.", reportChapter: "2.1.2" },
  ],
};

export const step3C: GuideStep = {
  id: "3C",
  title: "Förankring inom de egna organisationerna",
  summary: "Planera beslutsvägen i nämnd och fullmäktige, samverka med arbetstagarorganisationerna och informera medarbetarna.",
  reportChapter: "5.1",
  questions: [
    { id: "3C.namnd", label: "Är beslut i nämnd planerat?", help: "Avtalet och de ekonomiska villkoren beslutas av ansvarig nämnd hos varje part.", field: "anchoring.committeeDecisionPlanned", reportChapter: "5.3" },
    { id: "3C.principiell", label: "Är avtalet av principiell beskaffenhet eller större vikt?", help: "Fullmäktige beslutar i ärenden av principiell beskaffenhet eller annars av större vikt för kommunen (kommunallagen 5 kap. 1 §).", field: "anchoring.principledCharacter", reportChapter: "5.3" },
    { id: "3C.fullmaktige", label: "Är beslut i fullmäktige planerat?", help: "I rapportens exempel beslutar fullmäktige om de ekonomiska förutsättningarna.", field: "anchoring.councilDecisionPlanned", reportChapter: "5.3" },
    { id: "3C.mandat", label: "Ger uppdragstagarens reglemente nämnden rätt att utföra uppgiften åt andra kommuner?", help: "Fullmäktige bestämmer nämndens uppgifter i reglementet. Ger reglementet inte stöd för att utföra uppgifter åt andra kommuner behöver uppdragstagarens fullmäktige besluta om det. Be er jurist kontrollera.", field: "anchoring.contractorMandate", reportChapter: "5.1" },
    { id: "3C.personal", label: "Berörs personal av samverkan?", help: "Till exempel ändrade arbetsuppgifter, arbetsplats eller arbetsgivare.", field: "anchoring.staffAffected", reportChapter: "2.1.2" },
    { id: "3C.mbl", label: "Är facklig samverkan (MBL) genomförd eller planerad?", help: "Viktigare förändringar kräver förhandling med arbetstagarorganisationerna innan beslut.", field: "anchoring.unionConsultation", reportChapter: "2.1.2" },
    { id: "3C.information", label: "Hur förankras samverkan hos medarbetarna?", help: "Till exempel en intern konferens eller en workshop om nya rutiner.", field: "anchoring.internalCommunication", reportChapter: "5.3" },
  ],
  checklist: [
    { id: "3C.c1", text: "Beslutsvägen är planerad hos varje part.", reportChapter: "5.3" },
    { id: "3C.c2", text: "Samverkan krockar inte med andra planer i den egna kommunen.", reportChapter: "5.1" },
    { id: "3C.c3", text: "Berörd personal har fått information.", reportChapter: "5.3" },
  ],
  help: [
    { id: "3C.h1", title: "Förankring ger hållbarhet", text: "Förankring skapar engagemang och förståelse för samverkans mål och säkerställer att den går att genomföra i den egna organisationen.", reportChapter: "5.1" },
  ],
};

export const step4: GuideStep = {
  id: "4",
  title: "Upprätta avtal",
  summary: "Skriv avtalet så att alla delar som behövs finns med. Ta gärna hjälp av jurist.",
  reportChapter: "5.1",
  questions: [
    { id: "4.parter", label: "Avtalets parter", help: "Vilka parterna är och vilken roll var och en har.", field: "agreement.clauses.parter", reportChapter: "2.1.2" },
    { id: "4.uppdrag", label: "Uppdragstagarens uppgifter", help: "Exakt vad uppdragstagaren ska utföra.", field: "agreement.clauses.uppdrag", reportChapter: "2.1.2" },
    { id: "4.delegering", label: "Extern delegering", help: "Omfattningen av delegeringen, eller att ingen delegering sker.", field: "agreement.clauses.extern_delegering", reportChapter: "2.1.2" },
    { id: "4.ekonomi", label: "Ekonomiska villkor och redovisning", help: "Ersättning, kostnadsfördelning, underskott och redovisning.", field: "agreement.clauses.ekonomi", reportChapter: "2.1.2" },
    { id: "4.information", label: "Informationshantering", help: "Rutiner för diarieföring, arkivering och informationsutbyte.", field: "agreement.clauses.informationshantering", reportChapter: "2.1.2" },
    { id: "4.uppfoljning", label: "Uppföljning", help: "Hur verksamheten följs upp och rapporteras.", field: "agreement.clauses.uppfoljning", reportChapter: "2.1.2" },
    { id: "4.avtalstid", label: "Avtalstid", help: "Start, längd och eventuella förlängningar.", field: "agreement.clauses.avtalstid", reportChapter: "2.1.2" },
    { id: "4.uppsagning", label: "Uppsägning", help: "Uppsägningstid och hur uppgiften tas tillbaka.", field: "agreement.clauses.uppsagning", reportChapter: "2.1.2" },
    { id: "4.uppsagningstid", label: "Uppsägningstid i månader", help: "Ett tillsvidareavtal behöver en uppsägningstid.", field: "agreement.noticePeriodMonths", reportChapter: "2.1.2" },
    { id: "4.dataskydd", label: "Dataskydd", help: "Bör finnas när personuppgifter behandlas (SKR:s rapport). Vid gemensamt personuppgiftsansvar ska ansvaret fördelas genom ett arrangemang (artikel 26), och ett personuppgiftsbiträde ska regleras genom ett skriftligt avtal (artikel 28).", field: "agreement.clauses.dataskydd", reportChapter: "2.1.2" },
    { id: "4.sekretess", label: "Sekretess", help: "Bör finnas när sekretessbelagda uppgifter hanteras. Lagen kräver ingen sådan avtalsdel, men sekretessen gäller även mellan kommunerna (OSL 8 kap. 1 §).", field: "agreement.clauses.sekretess", reportChapter: "2.1.2" },
    { id: "4.arbetsresultat-fraga", label: "Tar samverkan fram material som någon kan ha rättigheter till?", help: "Till exempel utbildningsmaterial, metodstöd eller programvara.", field: "agreement.createsWorkResults", reportChapter: "2.1.2" },
    { id: "4.arbetsresultat", label: "Rätt till arbetsresultat och upphovsrätt", help: "Vem som äger och får använda material som tas fram.", field: "agreement.clauses.arbetsresultat", reportChapter: "2.1.2" },
    { id: "4.forsakring", label: "Försäkring", help: "En kommuns försäkring täcker inte säkert verksamhet som utförs åt andra kommuner.", field: "agreement.clauses.forsakring", reportChapter: "2.1.2" },
    { id: "4.personal", label: "Personal och arbetsmiljö", help: "Arbetsledning, arbetsmiljöansvar och villkor för berörd personal.", field: "agreement.clauses.personal_arbetsmiljo", reportChapter: "2.1.2" },
  ],
  checklist: [
    { id: "4.c1", text: "Alla avtalsdelar som rapporten säger alltid bör finnas med finns med.", reportChapter: "2.1.2" },
    { id: "4.c2", text: "Avtalsdelar som rapporten säger bör finnas för just detta ärende finns med.", reportChapter: "2.1.2" },
    { id: "4.c3", text: "En jurist har granskat avtalet.", reportChapter: "5.3" },
    { id: "4.c4", text: "Avtalet är undertecknat av samtliga parter.", reportChapter: "5.3" },
  ],
  help: [
    { id: "4.h1", title: "Avtalets innehåll", text: "Lagen föreskriver inget innehåll. Enligt SKR:s rapport varierar innehållet med syfte och omfattning, men vissa delar bör alltid finnas med. Samverka visar vilka delar som behövs för just ert ärende.", reportChapter: "2.1.2" },
  ],
};
