import type { Case } from "../case/schema";
import { goalsTable } from "./goals";
import type { ClauseId } from "../case/enums";
import { clauseDefinition } from "../rules/clauses";
import { clauseDraftBlocks } from "./clauses";
import { clauseTextToBlocks } from "./clause-text";
import { gap, gapsOf, paragraph, type Block, type DocumentModel } from "./model";
import type { BuildOptions } from "./options";
import { clients, contractors, joinNames, partyName } from "./parties";
import { numberSections, type Section } from "./sections";
import { caseTitle, documentMeta, openPointsSection } from "./common";

/** The agreement's own heading for each clause (the catalogue's titles describe requirements). */
const SECTION_TITLES: Record<ClauseId, string> = {
  parter: "Parter",
  uppdrag: "Uppdragstagarens uppgifter",
  extern_delegering: "Extern delegering",
  ekonomi: "Ekonomi",
  informationshantering: "Informationshantering",
  uppfoljning: "Uppföljning och rapportering",
  avtalstid: "Avtalstid och förlängning",
  uppsagning: "Uppsägning och återtagande av uppgifterna",
  dataskydd: "Dataskydd",
  sekretess: "Sekretess",
  arbetsresultat: "Rätt till arbetsresultat",
  forsakring: "Försäkring",
  personal_arbetsmiljo: "Personal och arbetsmiljö",
};

const MAIN_CLAUSES: readonly ClauseId[] = ["parter", "uppdrag", "extern_delegering", "ekonomi", "informationshantering", "uppfoljning", "avtalstid", "uppsagning"];
const CONDITIONAL_CLAUSES: readonly ClauseId[] = ["dataskydd", "sekretess", "arbetsresultat", "forsakring", "personal_arbetsmiljo"];

/**
 * The clause as the agreement states it: the editors' own wording when they have written one,
 * otherwise the draft from the answers. Either way "[…]" stays an open point.
 */
export function clauseBlocks(c: Case, id: ClauseId): Block[] {
  const own = c.agreement.clauses[id]?.trim();
  if (own) return clauseTextToBlocks(own, `öppen punkt i avsnittet ${SECTION_TITLES[id].toLocaleLowerCase("sv")}`);
  return clauseDraftBlocks(c, id);
}

/** A conditional clause belongs in the agreement when its condition holds, or the editors wrote it. */
function conditionalApplies(c: Case, id: ClauseId): boolean {
  return clauseDefinition(id).applies(c) || Boolean(c.agreement.clauses[id]?.trim());
}

function background(c: Case, documentDate: string): Section {
  const blocks: Block[] = [];
  const problem = c.needs.problem?.trim();
  blocks.push(problem ? paragraph(problem) : paragraph("Bakgrunden till samverkan: ", gap("behovet som samverkan ska lösa"), "."));
  const goals = c.needs.goals.filter((g) => g.description?.trim());
  if (goals.length) {
    blocks.push(paragraph("Syftet med samverkan är att nå följande mål, som följs upp enligt avsnittet om uppföljning:"));
    // With their key figures, baselines and targets, as the tjänsteskrivelse states them: what the
    // parties are to follow up is agreed, not only named (found on a walk: the agreement dropped them).
    blocks.push(goalsTable({ ...c, needs: { ...c.needs, goals } }, documentDate));
  } else blocks.push(paragraph("Syftet med samverkan: ", gap("mätbara mål för samverkan"), "."));
  blocks.push(
    paragraph(
      "Samverkan sker genom avtalssamverkan enligt 9 kap. 37 § kommunallagen (2017:725). ",
      joinNames(contractors(c).map(partyName)) ?? gap("uppdragstagare"),
      " utför uppgifterna på uppdrag av ",
      joinNames(clients(c).map(partyName)) ?? gap("uppdragsgivare"),
      ".",
    ),
  );
  return { title: "Bakgrund och syfte", blocks };
}

const DISPUTES: Section = {
  title: "Tvister",
  blocks: [
    paragraph("Tvister om tolkningen eller tillämpningen av detta avtal ska i första hand lösas genom förhandling mellan parterna."),
    paragraph("Kan parterna inte enas, avgörs tvisten av allmän domstol."),
  ],
};

function signatures(c: Case): Section {
  const count = c.parties.length;
  return {
    title: "Underskrifter",
    blocks: [
      paragraph(
        count > 0 ? `Detta avtal har upprättats i ${count === 2 ? "två" : count} likalydande exemplar, av vilka parterna har tagit var sitt.` : "Avtalet undertecknas av samtliga parter.",
      ),
      { kind: "signatures", parties: (count ? c.parties.map(partyName) : ["Part"]).map((name) => ({ partyName: name, signatories: 1 })) },
    ],
  };
}

export function buildAgreement(c: Case, options: BuildOptions): DocumentModel {
  const sections: Section[] = [];
  const clause = (id: ClauseId): Section => ({ title: SECTION_TITLES[id], blocks: clauseBlocks(c, id) });
  sections.push(clause("parter"), background(c, options.date));
  for (const id of MAIN_CLAUSES.slice(1)) sections.push(clause(id));
  for (const id of CONDITIONAL_CLAUSES) if (conditionalApplies(c, id)) sections.push(clause(id));
  sections.push(DISPUTES, signatures(c));
  const body = numberSections(sections);
  const gaps = gapsOf(body);
  return {
    kind: "avtal",
    title: "Avtal om avtalssamverkan",
    subtitle: caseTitle(c),
    fileStem: "avtal-om-avtalssamverkan",
    meta: documentMeta(c, options, undefined),
    blocks: [...body, ...openPointsSection(gaps)],
  };
}
