import type { Case } from "../case/schema";
import { CLAUSE_IDS, type ClauseId } from "../case/enums";
import { LEGAL, type LegalBasis } from "../reference/legal";
import type { ReportSection } from "../reference/report";
import { citeOnce } from "./grounds";
import { hasText } from "./labels";
import type { ClauseCheck, ClauseRequirement } from "./types";

export interface ClauseDefinition {
  readonly id: ClauseId;
  readonly title: string;
  /** Swedish: what the clause should settle. */
  readonly covers: string;
  readonly always: boolean;
  /** When the clause is needed, in Swedish, as strong as its ground: "krävs" only where a law requires it, "bör" for the report's advice. */
  readonly condition: string;
  /** English, for docs/rules.md. */
  readonly conditionEn: string;
  readonly applies: (c: Case) => boolean;
  readonly legalBasis: readonly LegalBasis[];
  readonly reportChapter: ReportSection;
}

const always = () => true;
const ALWAYS_SV = "Bör alltid finnas i ett avtal om avtalssamverkan enligt SKR:s rapport.";
const ALWAYS_EN = "Always required by the product; the report says every agreement should contain it (KL 9 kap. 37 § prescribes no contents).";

/** Each clause's ground lists each legal reference once (see citeOnce). */
function clauseCatalogue(definitions: readonly ClauseDefinition[]): readonly ClauseDefinition[] {
  return Object.freeze(definitions.map((definition) => ({ ...definition, legalBasis: citeOnce(definition.legalBasis) })));
}

export const CLAUSE_CATALOGUE: readonly ClauseDefinition[] = clauseCatalogue([
  {
    id: "parter",
    title: "Avtalets parter",
    covers: "Vilka kommuner eller regioner som är parter och vem som är uppdragsgivare respektive uppdragstagare.",
    always: true,
    condition: ALWAYS_SV,
    conditionEn: ALWAYS_EN,
    applies: always,
    legalBasis: [],
    reportChapter: "2.1.2",
  },
  {
    id: "uppdrag",
    title: "Uppdragstagarens uppgifter",
    covers: "Exakt vilka uppgifter uppdragstagaren ska utföra och vad som inte ingår.",
    always: true,
    condition: ALWAYS_SV,
    conditionEn: ALWAYS_EN,
    applies: always,
    legalBasis: [],
    reportChapter: "2.1.2",
  },
  {
    id: "extern_delegering",
    title: "Omfattning av extern delegering",
    covers: "Om beslutanderätt delegeras till anställda hos uppdragstagaren, i vilken omfattning och om vidaredelegering är tillåten.",
    always: true,
    condition: ALWAYS_SV,
    conditionEn: ALWAYS_EN,
    applies: always,
    legalBasis: [LEGAL.KL_9_37],
    reportChapter: "2.1.2",
  },
  {
    id: "ekonomi",
    title: "Ekonomiska villkor och redovisning",
    covers: "Ersättning enligt självkostnadsprincipen, kostnadsfördelning, hantering av underskott och hur kostnaderna redovisas.",
    always: true,
    condition: ALWAYS_SV,
    conditionEn: ALWAYS_EN,
    applies: always,
    legalBasis: [LEGAL.KL_2_6],
    reportChapter: "2.1.2",
  },
  {
    id: "informationshantering",
    title: "Rutiner för informationshantering",
    covers: "Diarieföring, arkivering och hur handlingar och uppgifter hanteras mellan parterna.",
    always: true,
    condition: ALWAYS_SV,
    conditionEn: ALWAYS_EN,
    applies: always,
    legalBasis: [],
    reportChapter: "2.1.2",
  },
  {
    id: "uppfoljning",
    title: "Uppföljning",
    covers: "Hur och hur ofta verksamheten följs upp och rapporteras till parternas nämnder och fullmäktige.",
    always: true,
    condition: ALWAYS_SV,
    conditionEn: ALWAYS_EN,
    applies: always,
    legalBasis: [],
    reportChapter: "2.1.2",
  },
  {
    id: "avtalstid",
    title: "Avtalstid",
    covers: "När avtalet börjar gälla, hur länge det gäller och om det kan förlängas.",
    always: true,
    condition: ALWAYS_SV,
    conditionEn: ALWAYS_EN,
    applies: always,
    legalBasis: [],
    reportChapter: "2.1.2",
  },
  {
    id: "uppsagning",
    title: "Uppsägning",
    covers: "Uppsägningstid och hur uppgiften tas tillbaka i egen regi när avtalet upphör.",
    always: true,
    condition: ALWAYS_SV,
    conditionEn: ALWAYS_EN,
    applies: always,
    legalBasis: [],
    reportChapter: "2.1.2",
  },
  {
    id: "dataskydd",
    title: "Dataskydd",
    covers: "Personuppgiftsansvar, gemensamt ansvar eller biträdesförhållande, och parternas skyldigheter enligt dataskyddsförordningen.",
    always: false,
    // The law asks for an arrangement only under two of the three models (a walk read "kräver" under a ground
    // that said "rekommendation", for a case where each nämnd answers for its own processing).
    condition:
      "Bör finnas när samverkan innebär behandling av personuppgifter, enligt SKR:s rapport. Vid gemensamt personuppgiftsansvar ska ansvaret fastställas i ett inbördes arrangemang (dataskyddsförordningen artikel 26), och ett personuppgiftsbiträdes behandling ska regleras genom avtal eller annan rättsakt (artikel 28). Ansvarar varje parts nämnd för sin egen behandling kräver förordningen inget av det, men avtalet bör säga hur ansvaret är fördelat.",
    conditionEn: "Required when `information.personalData` is true.",
    applies: (c) => c.information.personalData === true,
    legalBasis: [LEGAL.GDPR_26, LEGAL.GDPR_28],
    reportChapter: "2.1.2",
  },
  {
    id: "sekretess",
    title: "Sekretess",
    covers: "Vilka sekretessbelagda uppgifter som lämnas mellan parterna, med vilket lagstöd och hur de skyddas.",
    always: false,
    condition: "Bör finnas när sekretessbelagda uppgifter hanteras i samverkan, enligt SKR:s rapport. Lagen kräver ingen avtalsdel, men uppgifterna får bara lämnas till en annan myndighet när en sekretessbrytande bestämmelse tillåter det.",
    conditionEn: "Required when `information.secretData` is true.",
    applies: (c) => c.information.secretData === true,
    legalBasis: [LEGAL.OSL_VERIFY],
    reportChapter: "2.1.2",
  },
  {
    id: "arbetsresultat",
    title: "Rätt till arbetsresultat och upphovsrätt",
    covers: "Vem som äger och får använda material och andra arbetsresultat som tas fram i samverkan.",
    always: false,
    condition: "Bör finnas när samverkan tar fram material som någon kan ha rättigheter till, enligt SKR:s rapport.",
    conditionEn: "Required when `agreement.createsWorkResults` is true.",
    applies: (c) => c.agreement.createsWorkResults === true,
    legalBasis: [LEGAL.URL],
    reportChapter: "2.1.2",
  },
  {
    id: "forsakring",
    title: "Försäkring",
    covers: "Hur verksamhet som utförs åt andra parter är försäkrad och vem som bär skador.",
    always: false,
    condition:
      "Bör finnas när uppdragstagaren utför tjänster åt andra, enligt SKR:s rapport, eftersom en kommuns försäkring inte säkert täcker verksamhet som utförs på uppdrag av andra kommuner.",
    conditionEn: "Required when at least one task is a service that could be bought (`kind: insats`).",
    applies: (c) => c.tasks.some((t) => t.kind === "insats"),
    legalBasis: [],
    reportChapter: "2.1.2",
  },
  {
    id: "personal_arbetsmiljo",
    title: "Personal och arbetsmiljö",
    covers: "Arbetsledning, arbetsmiljöansvar och vad som gäller för personal som berörs eller byter arbetsgivare.",
    always: false,
    condition: "Bör finnas när personal berörs av samverkan eller byter arbetsgivare, enligt SKR:s rapport.",
    conditionEn: "Required when `anchoring.staffAffected` or `staff.changesEmployer` is true.",
    applies: (c) => c.anchoring.staffAffected === true || c.staff.changesEmployer === true,
    legalBasis: [{ ...LEGAL.LAS_6B, verify: true }, LEGAL.TUPE_PUBLIC_ADMIN, LEGAL.AML],
    reportChapter: "2.1.2",
  },
]);

const CLAUSE_BY_ID = new Map(CLAUSE_CATALOGUE.map((d) => [d.id, d]));

export function clauseDefinition(id: ClauseId): ClauseDefinition {
  const definition = CLAUSE_BY_ID.get(id);
  if (!definition) throw new Error(`Unknown clause ${id}`);
  return definition;
}

export function checkClauses(c: Case): ClauseCheck {
  const required: ClauseRequirement[] = [];
  const missing: ClauseId[] = [];
  const requiredIds = new Set<ClauseId>();
  for (const definition of CLAUSE_CATALOGUE) {
    if (!definition.applies(c)) continue;
    const present = hasText(c.agreement.clauses[definition.id]);
    requiredIds.add(definition.id);
    required.push({
      clauseId: definition.id,
      title: definition.title,
      always: definition.always,
      reason: definition.condition,
      present,
      legalBasis: definition.legalBasis,
      reportChapter: definition.reportChapter,
    });
    if (!present) missing.push(definition.id);
  }
  const additional: ClauseId[] = [];
  for (const id of CLAUSE_IDS) {
    if (!requiredIds.has(id) && hasText(c.agreement.clauses[id])) additional.push(id);
  }
  return { required, missing, additional };
}
