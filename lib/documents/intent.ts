import type { Case } from "../case/schema";
import { COLLABORATION_FORM_LABELS } from "../case/enums";
import { NOUNS, formatCount } from "../format/count";
import { caseTitle, documentMeta, openPointsSection } from "./common";
import { economyFacts } from "./economy-facts";
import { goalsTable } from "./goals";
import { bullets, gap, gapsOf, paragraph, type Block, type DocumentModel, type Inline } from "./model";
import type { BuildOptions } from "./options";
import { joinNames, partyName } from "./parties";
import { numberSections, type Section } from "./sections";

/**
 * The avsiktsförklaring (statement of intent) for the earlier phase. A committee can only follow
 * up what is measurable, so its heart is the table of key figures, baselines and targets; a goal
 * without them is an open point, not a vague promise.
 */
export function buildIntent(c: Case, options: BuildOptions): DocumentModel {
  const names = joinNames(c.parties.map(partyName));
  const f = economyFacts(c);
  const problem = c.needs.problem?.trim();
  const benefits = c.needs.benefits.map((b) => b.trim()).filter(Boolean);
  const purpose: Block[] = [
    paragraph(names ?? gap("parterna"), " avser att samverka för att lösa följande behov: ", problem ? problem : gap("behovet som samverkan ska lösa")),
  ];
  if (benefits.length) {
    purpose.push(paragraph("Parterna förväntar sig att samverkan ger följande nyttor:"), bullets(benefits.map((b): Inline[] => [b])));
  }
  const goalsComplete = c.needs.goals.length > 0 && c.needs.goals.every((g) => g.keyFigure?.trim() && g.baseline !== undefined && g.target !== undefined && g.targetDate);
  const sections: Section[] = [
    { title: "Syfte", blocks: purpose },
    {
      title: "Mätbara mål",
      blocks: [
        paragraph("Samverkan ska nå följande mål. Varje mål har ett nyckeltal, ett utgångsvärde och ett målvärde, så att parternas nämnder kan pröva om målet har nåtts."),
        goalsTable(c, options.date),
        ...(goalsComplete ? [] : [paragraph("Mål som saknar nyckeltal, utgångsvärde, målvärde eller datum ska kompletteras innan avsiktsförklaringen antas: ", gap("fullständiga mål"), ".")]),
      ],
    },
    {
      title: "Omfattning",
      blocks: [
        paragraph("Samverkan omfattar: ", c.needs.inScope?.trim() || gap("vad som ingår")),
        paragraph("Samverkan omfattar inte: ", c.needs.outOfScope?.trim() || gap("vad som inte ingår")),
      ],
    },
    {
      title: "Organisation",
      blocks: [
        paragraph(c.organisation.taskAllocation?.trim() || gap("hur ansvar och uppgifter fördelas mellan parterna")),
        paragraph(
          "Parterna avser att samverka i formen ",
          c.collaborationForm.chosen ? COLLABORATION_FORM_LABELS[c.collaborationForm.chosen] : gap("samverkansform"),
          ". Formen och villkoren regleras i ett särskilt avtal som varje part beslutar om.",
        ),
      ],
    },
    {
      title: "Tidplan",
      blocks: [
        paragraph(
          "Arbetet med avtalet, och en upphandling eller direktupphandling om en sådan behövs, planeras att inledas ",
          c.procurement.procurementStartDate ?? gap("när arbetet med avtalet inleds"),
          ".",
          f.termKind === "tillsvidare" ? " Avtalet ska gälla tills vidare." : f.termMonths !== undefined ? ` Avtalet ska gälla i ${formatCount(f.termMonths, NOUNS.month)}.` : "",
        ),
      ],
    },
    {
      title: "Uppföljning",
      blocks: [paragraph(c.control.followUpRoutine?.trim() || gap("hur och när målen följs upp")), paragraph("Nyckeltalen i avsnitt 2 redovisas för parternas nämnder vid varje uppföljning.")],
    },
    {
      title: "Avsiktsförklaringens rättsliga verkan",
      blocks: [
        paragraph(
          "Denna avsiktsförklaring uttrycker parternas gemensamma avsikt. Den är inte juridiskt bindande och ger ingen part rätt till ersättning eller skyldighet att ingå avtal. Bindande åtaganden uppstår först genom ett avtal som varje parts behöriga organ har beslutat om.",
        ),
      ],
    },
    {
      title: "Underskrifter",
      blocks: [{ kind: "signatures", parties: (c.parties.length ? c.parties.map(partyName) : ["Part"]).map((name) => ({ partyName: name, signatories: 1 })) }],
    },
  ];
  const body = numberSections(sections);
  return {
    kind: "avsiktsforklaring",
    title: "Avsiktsförklaring",
    subtitle: caseTitle(c),
    fileStem: "avsiktsforklaring",
    meta: documentMeta(c, options, undefined),
    blocks: [...body, ...openPointsSection(gapsOf(body))],
  };
}
