import type { GuideStep } from "./types";

export const step1: GuideStep = {
  id: "1",
  title: "Identifiera behov av samverkan",
  summary:
    "Beskriv det konkreta problem som samverkan ska lösa, vad som ingår och inte ingår, vilka fördelar ni väntar er och hur ni ska mäta att målen nås.",
  reportChapter: "5.1",
  questions: [
    {
      id: "1.titel",
      label: "Vad ska ärendet heta?",
      help: "En kort rubrik som beskriver samverkan, till exempel vilken verksamhet och vilka kommuner det gäller. Skriv inga uppgifter om enskilda personer.",
      field: "title",
      reportChapter: "5.1",
    },
    {
      id: "1.problem",
      label: "Vilket konkret problem ska samverkan lösa?",
      help: "Kommuner har ofta flera övergripande problem. Välj ut det som samverkan faktiskt ska lösa, till exempel kompetensbrist, överbelastad personal eller ett ojämnt inflöde av ärenden.",
      field: "needs.problem",
      reportChapter: "5.1",
    },
    {
      id: "1.verksamhetsomrade",
      label: "Vilket verksamhetsområde gäller samverkan?",
      help: "Välj det område inom socialtjänsten som samverkan främst gäller. Svaret används i SKR:s statistik över alla ärenden, uppdelad på kommungrupper, och visar aldrig vilken kommun ärendet gäller.",
      field: "needs.activityArea",
      reportChapter: "5.1",
    },
    {
      id: "1.ingar",
      label: "Vad ingår i samverkan?",
      help: "Beskriv verksamheten, målgruppen och omfattningen så precist att en utomstående förstår vad som ska göras.",
      field: "needs.inScope",
      reportChapter: "5.1",
    },
    {
      id: "1.ingar-inte",
      label: "Vad ingår uttryckligen inte?",
      help: "Att skriva vad som ligger utanför samverkan minskar risken för oklarheter om ansvar längre fram.",
      field: "needs.outOfScope",
      reportChapter: "5.1",
    },
    {
      id: "1.fordelar",
      label: "Vilka fördelar väntar ni er?",
      help: "Till exempel bättre resursutnyttjande, förebyggande arbete, ökad kontinuitet eller lättare rekrytering.",
      field: "needs.benefits[]",
      reportChapter: "5.3",
    },
    {
      id: "1.mal-nyckeltal",
      label: "Vilket nyckeltal visar att målet nås?",
      help: "Politiker behöver kunna granska om samverkan ger det som utlovats. Välj ett mått som går att följa över tid, till exempel väntetid i dagar.",
      field: "needs.goals[].keyFigure",
      reportChapter: "5.1",
    },
    {
      id: "1.mal-utgangsvarde",
      label: "Vilket är utgångsvärdet i dag?",
      help: "Värdet på nyckeltalet innan samverkan börjar.",
      field: "needs.goals[].baseline",
      reportChapter: "5.1",
    },
    {
      id: "1.mal-malvarde",
      label: "Vilket målvärde ska nås?",
      help: "Ett målvärde gör målet mätbart. När det ska vara nått anger du i nästa fråga.",
      field: "needs.goals[].target",
      reportChapter: "5.1",
    },
  ],
  checklist: [
    { id: "1.c1", text: "Behovsanalysen omfattar alla tänkta parter.", reportChapter: "5.3" },
    { id: "1.c2", text: "Problemet är konkretiserat och avgränsat.", reportChapter: "5.1" },
    { id: "1.c3", text: "Det är beskrivet vad som ingår och vad som inte ingår.", reportChapter: "5.1" },
    { id: "1.c4", text: "Minst ett mål har nyckeltal, utgångsvärde och målvärde.", reportChapter: "5.1" },
  ],
  help: [
    {
      id: "1.h1",
      title: "Varför börja med behovet?",
      text: "Ett tydligt definierat behov gör resten av processen enklare. Uppgiften blir lättare att avgränsa, rätt samverkansform lättare att välja och uppföljningen får något att mäta mot.",
      reportChapter: "5.1",
    },
    {
      id: "1.h2",
      title: "Mätbara mål",
      text: "Svepande formuleringar som ”högre kvalitet till lägre kostnad” går inte att följa upp. Nämnden behöver veta vilka nyckeltal som ska nås för att kunna ta ställning och senare granska resultatet.",
      reportChapter: "5.1",
    },
  ],
};
