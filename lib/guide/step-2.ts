import type { GuideStep } from "./types";

export const step2A: GuideStep = {
  id: "2A",
  title: "Utred organisatoriska, ekonomiska och juridiska förutsättningar",
  summary:
    "Bestäm vem som gör vad, hur personal och arbetsmiljö hanteras, hur ersättningen beräknas enligt självkostnadsprincipen och vilka lagar – inklusive upphandlingsreglerna – som gäller.",
  reportChapter: "5.1",
  questions: [
    { id: "2A.roll", label: "Vilken roll har parten?", help: "Uppdragsgivaren lämnar över utförandet av en uppgift; uppdragstagaren utför den. En part kan ha båda rollerna.", field: "parties[].role", reportChapter: "5.3" },
    { id: "2A.uppgift", label: "Beskriv uppgiften som ska utföras.", help: "Beskriv uppgiften precist: vad, för vilka och i vilken omfattning. Det är särskilt viktigt om ett undantag från upphandlingsreglerna ska användas.", field: "tasks[].description", reportChapter: "2.1.2" },
    { id: "2A.typ", label: "Är uppgiften myndighetsutövning eller en insats?", help: "Myndighetsutövning, till exempel beslut om bistånd eller familjerättsliga beslut, kan bara utföras av myndigheter och upphandlas inte. Insatser kan omfattas av upphandlingsreglerna.", field: "tasks[].kind", reportChapter: "3.1" },
    { id: "2A.kompetens", label: "Får kommunen utföra uppgiften själv?", help: "Samverkan får bara gälla uppgifter som ligger inom kommunens eller regionens egen kompetens.", field: "tasks[].withinOwnCompetence", reportChapter: "2.1.2" },
    { id: "2A.lag", label: "Vilken lagstiftning styr uppgiften?", help: "Lagar som gäller för själva uppgiften gäller även i samverkan. För socialtjänst gäller socialtjänstlagen (2025:400) från 2025-07-01, som ersätter lagen från 2001.", field: "tasks[].governingLaw", reportChapter: "2.1.2" },
    { id: "2A.ansvar", label: "Hur fördelas ansvaret mellan parterna?", help: "Beskriv vem som gör vad. Oklar ansvarsfördelning var den största utmaningen i rapportens exempel.", field: "organisation.taskAllocation", reportChapter: "5.3" },
    { id: "2A.huvudman", label: "Stannar huvudmannaskapet hos uppdragsgivaren?", help: "I avtalssamverkan flyttas aldrig huvudmannaskapet. Uppdragsgivaren behåller ansvaret mot tillsynsmyndigheter och enskilda.", field: "organisation.huvudmannaskapRetained", reportChapter: "2.1.2" },
    { id: "2A.ateruppta", label: "Kan uppdragsgivaren ta tillbaka uppgiften?", help: "Uppdragsgivaren ska kunna återta uppgiften i egen regi om utförandet brister.", field: "organisation.takeBackPossible", reportChapter: "1" },
    { id: "2A.delegering", label: "Ska beslutanderätt delegeras till uppdragstagaren?", help: "Beslut kan delegeras till anställda hos uppdragstagaren, men aldrig till konsulter.", field: "delegation.used", reportChapter: "2.1.2" },
    { id: "2A.delegering-till", label: "Till vilka delegeras beslutanderätten?", help: "Endast uppdragstagarens anställda kan få extern delegering.", field: "delegation.delegateTo[]", reportChapter: "2.1.2" },
    { id: "2A.delegering-omfattning", label: "Vilka beslut omfattas av delegeringen?", help: "Ange vilka beslut och vilka befattningar delegeringen gäller.", field: "delegation.scope", reportChapter: "2.1.2" },
    { id: "2A.vidaredelegering", label: "Är vidaredelegering tillåten?", help: "Överenskommelsen bör klargöra om den som fått delegation får delegera vidare.", field: "delegation.subDelegation", reportChapter: "2.1.2" },
    { id: "2A.arbetsgivare", label: "Byter någon personal arbetsgivare?", help: "Vid en verksamhetsövergång följer anställningsavtal och villkor automatiskt med till den nya arbetsgivaren.", field: "staff.changesEmployer", reportChapter: "2.1.2" },
    { id: "2A.arbetsmiljo", label: "Är arbetsmiljöansvaret placerat?", help: "Uppdragsgivare och uppdragstagare har ett parallellt ansvar för arbetsmiljön; det långsiktiga ansvaret ligger hos arbetsgivaren.", field: "staff.workEnvironmentResponsibilityPlaced", reportChapter: "2.1.2" },
    { id: "2A.kostnad", label: "Vad kostar uppgiften per år för uppdragstagaren?", help: "Underlag för att pröva självkostnadsprincipen.", field: "economy.annualCost", reportChapter: "2.1.2" },
    { id: "2A.ersattning", label: "Vilken ersättning betalas per år?", help: "Ersättningen ska täcka uppdragstagarens kostnad men inte överstiga den.", field: "economy.annualCompensation", reportChapter: "2.1.2" },
    { id: "2A.ersattningsform", label: "Betalas ersättningen i pengar eller som motprestation?", help: "Ersättning kan också vara att en part utför en annan uppgift åt den andra.", field: "economy.compensationForm", reportChapter: "2.1.2" },
    { id: "2A.fordelning", label: "Hur fördelas kostnaderna?", help: "Till exempel efter antal invånare, fasta andelar, nyttjande eller andel av personalkostnaderna.", field: "economy.costSplitMethod", reportChapter: "4.2.1" },
    { id: "2A.andel", label: "Hur stor andel bär parten?", help: "Andelarna ska tillsammans bli 100 %.", field: "economy.costShares[].percent", reportChapter: "4.2.3" },
    { id: "2A.avtalstid", label: "Gäller avtalet en bestämd tid eller tills vidare?", help: "Avtalstiden påverkar det uppskattade kontraktsvärdet och därmed om direktupphandling är möjlig.", field: "economy.term.kind", reportChapter: "5.3" },
    { id: "2A.manader", label: "Hur många månader gäller avtalet?", help: "Optioner och förlängningar räknas in i kontraktsvärdet.", field: "economy.term.months", reportChapter: "3.2" },
    { id: "2A.forlangning", label: "Hur många månader kan avtalet förlängas?", help: "Ange summan av alla möjliga förlängningar.", field: "economy.term.extensionMonths", reportChapter: "3.2" },
    { id: "2A.manadsvarde", label: "Vad är tjänsternas värde per månad?", help: "Används för att beräkna kontraktsvärdet när inget totalpris anges.", field: "economy.monthlyValue", reportChapter: "3.2" },
    { id: "2A.kontraktsvarde", label: "Vad är det totala kontraktsvärdet, inklusive optioner?", help: "Om avtalet anger ett totalpris används det som uppskattat värde.", field: "economy.contractValue", reportChapter: "3.2" },
    { id: "2A.beslutsunderlag", label: "Är de ekonomiska villkoren beredda för beslut?", help: "Tjänstepersoner kan inte själva besluta om villkoren; förslaget går till nämnd och vidare till fullmäktige.", field: "economy.preparedForDecision", reportChapter: "5.3" },
    { id: "2A.tjanstetyp", label: "Är insatserna sociala tjänster eller andra särskilda tjänster?", help: "Sådana tjänster har en högre direktupphandlingsgräns än övriga tjänster.", field: "procurement.serviceCategory", reportChapter: "3.2" },
    { id: "2A.grund", label: "Vilken grund stöder ni er på i förhållande till upphandlingsreglerna?", help: "Myndighetsutövning, direktupphandling, Hamburgundantaget eller upphandling. Teckalundantaget gäller inte samverkan mellan kommuner.", field: "procurement.reliedOnRoutes[]", reportChapter: "3" },
    { id: "2A.andra-direkt", label: "Har ni gjort andra direktupphandlingar av samma slag i år?", help: "Direktupphandlingar av samma slag under ett räkenskapsår ska räknas samman.", field: "procurement.otherDirectAwardsSameKindValue", reportChapter: "3.2" },
    { id: "2A.hamburg-1", label: "Upprättar eller reglerar avtalet ett samarbete mellan myndigheterna?", help: "Första villkoret för Hamburgundantaget.", field: "procurement.hamburg.establishesCooperation", reportChapter: "3.4" },
    { id: "2A.hamburg-2", label: "Säkerställer samarbetet offentliga tjänster för gemensamma mål?", help: "Andra villkoret för Hamburgundantaget.", field: "procurement.hamburg.publicServicesCommonGoals", reportChapter: "3.4" },
    { id: "2A.hamburg-3", label: "Styrs samarbetet bara av allmänintresset?", help: "Tredje villkoret för Hamburgundantaget.", field: "procurement.hamburg.publicInterestOnly", reportChapter: "3.4" },
    { id: "2A.hamburg-4", label: "Hur stor del av verksamheten utför parterna på den öppna marknaden?", help: "Andelen måste vara under 20 %, mätt som genomsnittlig omsättning eller annat verksamhetsbaserat mått under tre år före tilldelningen.", field: "procurement.hamburg.openMarketSharePercent", reportChapter: "3.4" },
  ],
  checklist: [
    { id: "2A.c1", text: "Uppdragsgivare och uppdragstagare är bestämda.", reportChapter: "5.3" },
    { id: "2A.c2", text: "Ansvaret för personal och arbetsmiljö är bestämt.", reportChapter: "5.3" },
    { id: "2A.c3", text: "Det är bekräftat att huvudmannaskapet inte ändras.", reportChapter: "5.3" },
    { id: "2A.c4", text: "Ersättningen bygger på självkostnadsprincipen.", reportChapter: "2.1.2" },
    { id: "2A.c5", text: "Förslaget om ekonomiska villkor är skickat till ansvarig nämnd.", reportChapter: "5.3" },
    { id: "2A.c6", text: "Varje uppgift är klassad som myndighetsutövning eller insats.", reportChapter: "3.1" },
    { id: "2A.c7", text: "Grunden i förhållande till upphandlingsreglerna är vald och prövad.", reportChapter: "3" },
    { id: "2A.c8", text: "Övrig lagstiftning för uppgiften är identifierad.", reportChapter: "2.1.2" },
  ],
  help: [
    { id: "2A.h1", title: "Självkostnadsprincipen", text: "Uppdragstagaren ska få sina kostnader täckta men inte ta ut mer. Ersättningen bör inte heller ligga under kostnaden.", reportChapter: "2.1.2" },
    { id: "2A.h2", title: "Avtalstiden avgör kontraktsvärdet", text: "Värdet räknas över hela avtalstiden med optioner. Gäller avtalet tills vidare eller längre än 48 månader räknas månadsvärdet gånger 48. En längre avtalstid kan därför göra direktupphandling omöjlig.", reportChapter: "3.2" },
    { id: "2A.h3", title: "Gränsen per kommun är osäker", text: "Rapporten räknar direktupphandlingsgränsen per deltagande kommun, men Upphandlingsmyndigheten beskriver rättsläget för gemensamma köp som oklart. Behandla det som ett antagande.", reportChapter: "3.2" },
    { id: "2A.h4", title: "Hamburgundantaget", text: "Alla fyra villkoren måste vara uppfyllda. Undantaget ska användas restriktivt och rättsläget är delvis oklart, så låt en jurist granska bedömningen.", reportChapter: "3.4" },
  ],
};

export const step2B: GuideStep = {
  id: "2B",
  title: "Ta kontakt med samverkansparter",
  summary: "Bjud in de kommuner eller regioner ni vill samverka med, förstå deras behov och förutsättningar och enas om en gemensam målbild.",
  reportChapter: "5.1",
  questions: [
    { id: "2B.namn", label: "Vilka parter ska ingå?", help: "Ange kommunens eller regionens namn.", field: "parties[].name", reportChapter: "2.1.2" },
    { id: "2B.typ", label: "Vilken sorts organisation är parten?", help: "Kommuner och regioner kan vara parter. Kommunalförbund kan vara part om uppgiften ingår i förbundets uppdrag. Kommunala bolag, privata aktörer och staten kan inte vara parter.", field: "parties[].type", reportChapter: "2.1.2" },
    { id: "2B.invanare", label: "Hur många invånare har parten?", help: "Behövs om kostnaderna ska fördelas efter antal invånare, som i familjerättssamverkan i rapportens kapitel 4.", field: "parties[].population", reportChapter: "4.2.1" },
    { id: "2B.kod", label: "Vilken kommunkod eller vilket organisationsnummer har parten?", help: "Frivilligt. Används för att identifiera parten entydigt.", field: "parties[].officialCode", reportChapter: "2.1.2" },
  ],
  checklist: [
    { id: "2B.c1", text: "Alla parter har kontaktats och har en utsedd kontaktperson.", reportChapter: "5.1" },
    { id: "2B.c2", text: "Parterna har en gemensam målbild.", reportChapter: "5.1" },
    { id: "2B.c3", text: "Varje part får vara part i avtalssamverkan.", reportChapter: "2.1.2" },
  ],
  help: [
    { id: "2B.h1", title: "Vem kan vara part?", text: "Avtalssamverkan gäller mellan kommuner och regioner. Ett kommunalförbund kan enligt rapporten vara part inom sitt uppdrag; kontrollera det mot förbundsordningen.", reportChapter: "2.1.2" },
  ],
};

export const step2C: GuideStep = {
  id: "2C",
  title: "Besluta om samverkansform",
  summary: "Jämför samverkansformerna och välj den som ger en effektiv och hållbar struktur för just ert behov.",
  reportChapter: "2.2",
  questions: [
    { id: "2C.egen-person", label: "Behöver samverkan vara en egen juridisk person?", help: "Kommunalförbund och samordningsförbund är egna juridiska personer; avtalssamverkan och gemensam nämnd är det inte.", field: "collaborationForm.decisionAid.ownLegalPerson", reportChapter: "2.2" },
    { id: "2C.staten", label: "Ska statliga myndigheter delta?", help: "Staten kan inte vara part i avtalssamverkan. Samordningsförbund är den form där Arbetsförmedlingen och Försäkringskassan deltar.", field: "collaborationForm.decisionAid.stateAgencies", reportChapter: "2.2" },
    { id: "2C.privata", label: "Ska privata aktörer delta?", help: "Privata aktörer kan inte vara parter i avtalssamverkan; då behövs en privaträttslig form eller upphandling.", field: "collaborationForm.decisionAid.privateActors", reportChapter: "2.2" },
    { id: "2C.bindande", label: "Behövs ett juridiskt bindande avtal?", help: "Nätverk och informella överenskommelser saknar bindande avtal och passar bara mindre uppgifter.", field: "collaborationForm.decisionAid.bindingAgreement", reportChapter: "2.2" },
    { id: "2C.form", label: "Vilken samverkansform väljer ni?", help: "Formerna skiljer sig i om de är en egen juridisk person, vem som är huvudman och hur mycket administration de kräver.", field: "collaborationForm.chosen", reportChapter: "2.2" },
    { id: "2C.motivering", label: "Varför passar formen?", help: "Motivera valet utifrån behovet och parternas möjlighet att styra verksamheten.", field: "collaborationForm.motivation", reportChapter: "2.2" },
    { id: "2C.alternativ", label: "Vilka andra former har ni övervägt?", help: "En jämförelse gör beslutet bättre underbyggt.", field: "collaborationForm.alternativesConsidered[]", reportChapter: "2.2" },
  ],
  checklist: [
    { id: "2C.c1", text: "Samverkansformerna i tabell 1 är jämförda.", reportChapter: "2.2" },
    { id: "2C.c2", text: "Vald form passar uppgiftens art och omfattning.", reportChapter: "2.2" },
  ],
  help: [
    { id: "2C.h1", title: "När passar avtalssamverkan?", text: "Avtalssamverkan kräver ingen ny organisation och kan komma igång snabbt. Nackdelen är att uppdragsgivaren har små möjligheter att styra verksamheten löpande.", reportChapter: "2.2" },
  ],
};
