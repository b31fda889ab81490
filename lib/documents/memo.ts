import type { Case } from "../case/schema";
import { overTermHeading } from "../case/economy";
import type { Party } from "../case/sections/parties";
import { COLLABORATION_FORM_LABELS, COMPENSATION_FORM_LABELS, PROCUREMENT_ROUTE_LABELS, UNION_CONSULTATION_LABELS } from "../case/enums";
import { joinList } from "../format/count";
import { inSentence } from "../format/sentence";
import { formatKronor, formatPercent } from "../format/money";
import { keyFindings } from "../review/findings";
import { CLAUSE_CATALOGUE } from "../rules/clauses";
import { evaluateCase } from "../rules/evaluate";
import { type Evaluation, routeVerdictLabel } from "../rules/types";
import { contractValueSummary } from "../rules/valuation";
import { caseTitle, councilDecisionNeeded, documentMeta, openPointsSection } from "./common";
import { economyFacts, type EconomyFacts } from "./economy-facts";
import { goalsTable } from "./goals";
import { awaitedParties, bullets, gap, gapsOf, handGap, heading, numbered, paragraph, strong, type Block, type DocumentModel, type Inline } from "./model";
import type { BuildOptions } from "./options";
import { clients, contractors, joinNames, partyName } from "./parties";
import { plainSections, type Section } from "./sections";
import { slug } from "./slug";
import { attachmentKinds } from "./attachments";
import { describeLegalGrounds } from "../reference/legal";
import { DOCUMENT_KIND_LABELS } from "./model";

function proposal(c: Case, party: Party): Block[] {
  const others = joinNames(c.parties.filter((p) => p.id !== party.id).map(partyName)) ?? gap("övriga parter");
  const items: Inline[][] = [];
  if (councilDecisionNeeded(c)) {
    // "Fullmäktige", not "kommunfullmäktige": a party may be a region (regionfullmäktige).
    items.push(["Nämnden föreslår fullmäktige att godkänna avtal om avtalssamverkan med ", others, " enligt bilaga 1."]);
    items.push(["Nämnden godkänner för egen del avtalet, under förutsättning att fullmäktige godkänner det."]);
  } else {
    items.push(["Nämnden godkänner avtal om avtalssamverkan med ", others, " enligt bilaga 1."]);
  }
  const isClient = party.role === "uppdragsgivare" || party.role === "bada";
  if (isClient && c.delegation.used === true) {
    items.push(["Nämnden ändrar sin delegationsordning så att anställda hos uppdragstagaren får besluta i de ärenden som avtalet anger."]);
  }
  items.push(["Nämnden uppdrar åt förvaltningen att följa upp samverkan enligt avtalet och redovisa resultatet för nämnden varje år."]);
  const blocks: Block[] = [numbered(items)];
  // The legal assessment is stated only when the editors made it (step 3C): a council decision that
  // is only planned says nothing of principle, and the memo must not say it for them (a legal review).
  if (c.anchoring.principledCharacter === true) {
    blocks.push(
      paragraph(
        "Ärendet bedöms vara av principiell beskaffenhet eller annars av större vikt, och ska därför avgöras av fullmäktige (5 kap. 1 § kommunallagen).",
      ),
    );
  } else if (councilDecisionNeeded(c)) {
    blocks.push(paragraph("Ärendet föreslås avgöras av fullmäktige."));
  }
  return blocks;
}

function summary(c: Case, party: Party): Block[] {
  const f = economyFacts(c);
  const mine = f.parties.find((p) => p.partyId === party.id);
  // Every task, not only the first (a walk's memo summed up familjerätt without its samarbetssamtal).
  const task = joinNames(c.tasks.flatMap((t) => (t.description?.trim() ? [inSentence(t.description.trim().replace(/\.$/, ""))] : [])));
  const cost: Inline[] = mine?.isContractor
    ? [partyName(party), " är uppdragstagare och bär ", mine.yearlyShareKr !== undefined ? formatKronor(mine.yearlyShareKr) : gap("egen andel av kostnaden"), " per år av kostnaden för sina egna invånare."]
    : [partyName(party), " betalar enligt förslaget ", mine?.yearlyPaymentKr !== undefined ? formatKronor(mine.yearlyPaymentKr) : gap(`årlig betalning för ${partyName(party)}`), " per år till uppdragstagaren."];
  return [
    paragraph(
      joinNames(contractors(c).map(partyName)) ?? gap("uppdragstagare"),
      " och ",
      joinNames(clients(c).filter((p) => !contractors(c).includes(p)).map(partyName)) ?? gap("uppdragsgivare"),
      " föreslås samverka genom avtalssamverkan enligt 9 kap. 37 § kommunallagen om ",
      task ?? gap("uppgiften"),
      ".",
    ),
    paragraph(...cost),
  ];
}

function legalAssessment(c: Case, evaluation: Evaluation): Block[] {
  const form = c.collaborationForm.chosen;
  const blocks: Block[] = [
    paragraph(
      "Samverkansform: ",
      form ? COLLABORATION_FORM_LABELS[form] : gap("samverkansform"),
      ". ",
      c.collaborationForm.motivation?.trim() ? c.collaborationForm.motivation.trim() : "",
    ),
  ];
  const relied = evaluation.procurement.routes.filter((r) => r.reliedOn);
  if (relied.length === 0) {
    blocks.push(paragraph("Vilken väg enligt upphandlingsreglerna parterna stödjer sig på: ", gap("upphandlingsrättslig grund"), "."));
  }
  for (const route of relied) {
    blocks.push(
      paragraph(strong(`${PROCUREMENT_ROUTE_LABELS[route.route]}: ${routeVerdictLabel(route).toLocaleLowerCase("sv")}.`), " ", route.conclusion, ` Rättslig grund: ${describeLegalGrounds(route.legalBasis)}.`),
    );
  }
  // Left out where no LOU route is relevant; both readings named where the term allows two.
  const value = contractValueSummary(evaluation.procurement.estimatedValue);
  if (value) blocks.push(paragraph(value));
  return blocks;
}

/** The findings of a clause without a text of the editors' own (lib/rules/rules/agreement.ts). */
const CLAUSE_MISSING_CODES: ReadonlySet<string> = new Set(["AGREEMENT_REQUIRED_CLAUSE_MISSING", "AGREEMENT_CONDITIONAL_CLAUSE_MISSING"]);

function risks(c: Case, evaluation: Evaluation, options: BuildOptions): Block[] {
  // Besides the blockers and warnings, the points to verify and any point a jurist decided on: a
  // jurist's "Ska åtgärdas" on a point to verify was in no document (a walk).
  const decidedKeys = new Set((options.decisions ?? []).map((d) => d.findingKey));
  const serious = keyFindings(evaluation.findings).filter((k) => k.finding.severity !== "info" || k.finding.verify || decidedKeys.has(k.key));
  const blocks: Block[] = [];
  if (!serious.some((k) => k.finding.severity !== "info")) blocks.push(paragraph("Kontrollen av ärendet visar inga hinder eller varningar."));
  if (serious.length > 0) {
    blocks.push(
      bullets(
        serious.map(({ key, finding: f }): Inline[] => {
          const decided = (options.decisions ?? []).filter((d) => d.findingKey === key);
          // A finding about one clause names it: one rule gives one line per clause, and six alike
          // ("Avtalstexten har luckor kvar") told the nämnd nothing of which (a walk).
          const clause = CLAUSE_CATALOGUE.find((k) => f.fields[0] === `agreement.clauses.${k.id}`);
          // A clause not written in step 4 stands in the attached agreement as the draft from the
          // answers: said so, or "saknas" contradicts the agreement it is attached to (a walk).
          const drafted = clause && CLAUSE_MISSING_CODES.has(f.code) ? "; avtalsförslaget har där en text som föreslagits utifrån ärendets svar och som ännu inte är genomgången" : "";
          return [strong(f.severity === "blocker" ? "Hinder: " : f.severity === "warning" ? "Varning: " : f.verify ? "Att verifiera: " : "Upplysning: "), f.title, clause ? ` (avtalsdelen ”${clause.title}”${drafted})` : "", f.verify && f.severity !== "info" ? " (verifiera)" : "", ...decided.flatMap((d) => [". ", d.text])];
        }),
      ),
    );
  }
  blocks.push(
    options.approval
      ? paragraph(
          `Ärendet har granskats juridiskt och godkänts i version ${options.approval.version} den ${options.approval.approvedAt.slice(0, 10)}${options.approval.reviewers.length ? ` av ${joinList(options.approval.reviewers)}` : ""}.`,
          ...(options.approval.notReviewedFor?.length ? [` Det har inte granskats för ${joinList(options.approval.notReviewedFor)}, som inte har någon jurist i ärendet.`] : []),
        )
      : options.partialApproval
        ? paragraph(
            `Ärendet är ännu inte juridiskt godkänt för ${awaitedParties(options.partialApproval)}. Det har godkänts i version ${options.partialApproval.version} den ${options.partialApproval.approvedAt.slice(0, 10)}${options.partialApproval.reviewers.length ? ` av ${joinList(options.partialApproval.reviewers)}` : ""}.`,
            ...(options.partialApproval.notReviewedFor?.length ? [` Det har inte granskats för ${joinList(options.partialApproval.notReviewedFor)}, som inte har någon jurist i ärendet.`] : []),
            " Återstående juridisk granskning: ",
            gap(`juridisk granskning för ${joinList(options.partialApproval.awaiting)}`),
            ".",
          )
        : // Not "har inte granskats": an approval may have gone stale since (a walk).
          paragraph("Ärendet är inte juridiskt godkänt för alla parter när handlingen skapas. Juristernas ställningstagande till riskerna: ", gap("juridisk granskning"), "."),
  );
  return blocks;
}

function economy(c: Case, party: Party): Block[] {
  const f = economyFacts(c);
  const mine = f.parties.find((p) => p.partyId === party.id);
  const blocks: Block[] = [];
  blocks.push(
    paragraph(
      "Uppdragstagarens beräknade kostnad för uppdraget är ",
      f.selfCostBudgetKr !== undefined ? formatKronor(f.selfCostBudgetKr) : gap("uppdragstagarens årliga kostnad"),
      " per år. Kostnaden fördelas ",
      f.splitMethod ?? gap("fördelningsgrund"),
      ".",
    ),
  );
  blocks.push({
    kind: "table",
    caption: `Ekonomi för ${partyName(party)}`,
    header: ["Post", "Belopp"],
    numericColumns: [1],
    rows: [
      [["Andel av kostnaden"], [mine?.sharePercent !== undefined ? formatPercent(mine.sharePercent) : gap("kostnadsandel")]],
      [[mine?.isContractor ? "Egen andel per år" : "Betalning per år"], [mine?.yearlyShareKr !== undefined ? formatKronor(mine.yearlyShareKr) : gap("belopp per år")]],
      ...(mine && !mine.isContractor
        ? [[[f.termKind === "fast" ? `Betalning ${overTermHeading({ months: f.termMonths, extensionMonths: f.extensionMonths }).replace(/^Under/, "under")}` : "Betalning under avtalstiden"], [mine.termPaymentKr !== undefined ? formatKronor(mine.termPaymentKr) : f.termKind === "tillsvidare" ? "avtalet löper tills vidare" : gap("betalning under avtalstiden")]] as Inline[][]]
        : []),
      ...contractorIncome(f, mine),
    ],
  });
  blocks.push(paragraph("Kostnaden ryms inom nämndens budget: ", handGap("finansiering inom nämndens budget"), "."));
  return blocks;
}

/**
 * For the sole contractor paid in money: what the clients together pay it, as the agreement
 * states it (a price per month or for the whole term), or else per year and over a fixed term from
 * the self-cost and the paying parties' shares. Its nämnd decides on the income as well as on the
 * cost it carries (a walk: the performing municipality's tjänsteskrivelse showed only its share).
 */
function contractorIncome(f: EconomyFacts, mine: EconomyFacts["parties"][number] | undefined): Inline[][][] {
  if (!mine?.isContractor || f.parties.filter((p) => p.isContractor).length !== 1 || f.compensationForm === COMPENSATION_FORM_LABELS.motprestation) return [];
  // "uppdragsgivaren" with one client: a walk read the plural over a single paying party.
  const from = f.parties.filter((p) => !p.isContractor).length === 1 ? "Ersättning från uppdragsgivaren" : "Ersättning från uppdragsgivarna";
  if (f.pricePerMonthKr !== undefined) return [[[`${from} enligt avtalet`], [`${formatKronor(f.pricePerMonthKr)} per månad`]]];
  if (f.fixedTotalPriceKr !== undefined) return [[[`${from} enligt avtalet, för hela avtalstiden`], [formatKronor(f.fixedTotalPriceKr)]]];
  const months = f.termKind === "fast" && f.termMonths !== undefined ? f.termMonths + (f.extensionMonths ?? 0) : undefined;
  return [
    [[`${from} per år`], [f.yearlyPaymentsTotalKr !== undefined ? formatKronor(f.yearlyPaymentsTotalKr) : gap(`${from.toLowerCase()} per år`)]],
    ...(months !== undefined && f.yearlyPaymentsTotalKr !== undefined
      ? [[[`${from} ${overTermHeading({ months: f.termMonths, extensionMonths: f.extensionMonths }).replace(/^Under/, "under")}`], [formatKronor(Math.round((f.yearlyPaymentsTotalKr * months) / 12))]] as Inline[][]]
      : []),
  ];
}

export function buildMemo(c: Case, partyId: string, options: BuildOptions): DocumentModel {
  const party = c.parties.find((p) => p.id === partyId);
  if (!party) throw new RangeError(`Unknown party ${partyId}`);
  const evaluation = evaluateCase(c, c.procurement.procurementStartDate ?? options.date);
  const problem = c.needs.problem?.trim();
  const attachments = attachmentKinds(c);
  const sections: Section[] = [
    { title: "Förslag till beslut", blocks: proposal(c, party) },
    { title: "Sammanfattning av ärendet", blocks: summary(c, party) },
  ];
  const matter: Block[] = [
    heading(2, "Behov"),
    problem ? paragraph(problem) : paragraph(gap("behovet som samverkan ska lösa")),
    heading(2, "Mål och nyckeltal"),
    goalsTable(c, options.date),
    heading(2, `Ekonomiska konsekvenser för ${partyName(party)}`),
    ...economy(c, party),
    heading(2, "Juridisk bedömning"),
    ...legalAssessment(c, evaluation),
    heading(2, "Risker och juristens ställningstagande"),
    ...risks(c, evaluation, options),
  ];
  if (c.anchoring.unionConsultation || c.anchoring.staffAffected) {
    matter.push(
      heading(2, "Personal och samverkan med arbetstagarorganisationer"),
      paragraph(
        c.anchoring.staffAffected ? "Förslaget berör personal. " : "",
        "Förhandling enligt medbestämmandelagen: ",
        c.anchoring.unionConsultation ? UNION_CONSULTATION_LABELS[c.anchoring.unionConsultation] : gap("MBL-förhandling"),
        ".",
      ),
    );
  }
  sections.push({ title: "Ärendet", blocks: matter });
  sections.push({
    title: "Beslutsunderlag",
    blocks: [
      bullets([
        [`Tjänsteskrivelse, ${options.date}`],
        ["Bilaga 1: Förslag till avtal om avtalssamverkan"],
        ...attachments.map((kind, index): Inline[] => [`Bilaga ${index + 2}: ${DOCUMENT_KIND_LABELS[kind]}`]),
      ]),
    ],
  });
  sections.push({
    title: "Ansvarig tjänsteperson",
    blocks: [
      paragraph(
        ...(options.officer && options.officer.partyId === party.id
          ? [options.officer.name, options.officer.title ? `, ${options.officer.title}` : ""]
          : [handGap(`ansvarig tjänsteperson i ${partyName(party)}, namn och titel`)]),
      ),
    ],
  });
  const frontMatter = [
    // The party's own Dnr and nämnd, never the case's (another party's) Dnr.
    { label: "Dnr", value: [party.diaryNumber?.trim() || gap(`diarienummer hos ${partyName(party)}`)] },
    { label: "Nämnd", value: [party.committee?.trim() || gap(`ansvarig nämnd i ${partyName(party)}`)] },
    { label: "Datum", value: [options.date] },
  ];
  const body = plainSections(sections, 1);
  return {
    kind: "tjansteskrivelse",
    title: `Avtal om avtalssamverkan: ${caseTitle(c)}`,
    subtitle: `Tjänsteskrivelse, ${partyName(party)}`,
    frontMatter,
    fileStem: `tjansteskrivelse-${slug(partyName(party))}`,
    meta: documentMeta(c, options, party.id),
    blocks: [...body, ...openPointsSection(gapsOf([...frontMatter.map((line) => paragraph(...line.value)), ...body]))],
  };
}
