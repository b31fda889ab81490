/**
 * Closed value sets of the case format. The Swedish labels are what the UI and
 * the CLI show; the values are stable identifiers stored in case documents.
 */
export const PARTY_TYPES = [
  "kommun",
  "region",
  "kommunalforbund",
  "kommunalt_bolag",
  "privat_aktor",
  "statlig_myndighet",
] as const;
export type PartyType = (typeof PARTY_TYPES)[number];
export const PARTY_TYPE_LABELS: Record<PartyType, string> = {
  kommun: "kommun",
  region: "region",
  kommunalforbund: "kommunalförbund",
  kommunalt_bolag: "kommunalt bolag",
  privat_aktor: "privat aktör",
  statlig_myndighet: "statlig myndighet",
};

export const PARTY_ROLES = ["uppdragsgivare", "uppdragstagare", "bada"] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];
export const PARTY_ROLE_LABELS: Record<PartyRole, string> = {
  uppdragsgivare: "uppdragsgivare",
  uppdragstagare: "uppdragstagare",
  bada: "både uppdragsgivare och uppdragstagare",
};

export const TASK_KINDS = ["myndighetsutovning", "insats"] as const;
export type TaskKind = (typeof TASK_KINDS)[number];
// SFS 2025:400 uses "insats" for all help the social services give, decided or not; the line
// that matters for procurement is between exercise of public authority (decisions about
// individuals, and the handling that leads to them) and performing services that could also be
// bought from someone else. "(beslut)" alone invited taking an investigation for a service (a
// jurist's review of the texts); where the line falls in a given task still needs judging.
export const TASK_KIND_LABELS: Record<TaskKind, string> = {
  myndighetsutovning: "myndighetsutövning (utredning och beslut)",
  insats: "utförande av tjänster som skulle kunna köpas",
};

export const DELEGATE_KINDS = ["uppdragstagarens_anstallda", "konsulter", "andra"] as const;
export type DelegateKind = (typeof DELEGATE_KINDS)[number];
export const DELEGATE_KIND_LABELS: Record<DelegateKind, string> = {
  uppdragstagarens_anstallda: "anställda hos uppdragstagaren",
  konsulter: "konsulter",
  andra: "andra än uppdragstagarens anställda",
};

export const SUB_DELEGATION = ["tillaten", "inte_tillaten"] as const;
export type SubDelegation = (typeof SUB_DELEGATION)[number];
export const SUB_DELEGATION_LABELS: Record<SubDelegation, string> = {
  tillaten: "vidaredelegering är tillåten",
  inte_tillaten: "vidaredelegering är inte tillåten",
};

export const COMPENSATION_FORMS = ["pengar", "motprestation"] as const;
export type CompensationForm = (typeof COMPENSATION_FORMS)[number];
export const COMPENSATION_FORM_LABELS: Record<CompensationForm, string> = {
  pengar: "ersättning i pengar",
  motprestation: "motprestation (en annan uppgift utförs i utbyte)",
};

export const COST_SPLIT_METHODS = ["befolkning", "fast", "nyttjande", "personalkostnad"] as const;
export type CostSplitMethod = (typeof COST_SPLIT_METHODS)[number];
export const COST_SPLIT_METHOD_LABELS: Record<CostSplitMethod, string> = {
  befolkning: "efter antal invånare",
  fast: "fasta andelar",
  nyttjande: "efter nyttjande",
  personalkostnad: "efter andel av personalkostnaderna",
};

export const TERM_KINDS = ["fast", "tillsvidare"] as const;
export type TermKind = (typeof TERM_KINDS)[number];
export const TERM_KIND_LABELS: Record<TermKind, string> = {
  fast: "bestämd avtalstid",
  tillsvidare: "tills vidare (ingen bestämd avtalstid)",
};

export const SERVICE_CATEGORIES = ["allman", "sociala_och_andra_sarskilda_tjanster"] as const;
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];
export const SERVICE_CATEGORY_LABELS: Record<ServiceCategory, string> = {
  allman: "övriga tjänster (allmän gräns)",
  sociala_och_andra_sarskilda_tjanster: "sociala tjänster och andra särskilda tjänster",
};

export const PROCUREMENT_ROUTES = [
  "myndighetsutovning",
  "direktupphandling",
  "hamburg",
  "teckal",
  "icke_ekonomiska_tjanster",
  "ordinarie_upphandling",
] as const;
export type ProcurementRoute = (typeof PROCUREMENT_ROUTES)[number];
export const PROCUREMENT_ROUTE_LABELS: Record<ProcurementRoute, string> = {
  myndighetsutovning: "Myndighetsutövning (utanför LOU)",
  direktupphandling: "Direktupphandling",
  hamburg: "Hamburgundantaget",
  teckal: "Teckalundantaget",
  icke_ekonomiska_tjanster: "Icke-ekonomiska tjänster av allmänt intresse",
  ordinarie_upphandling: "Annonserad upphandling enligt LOU",
};

/**
 * The grammatical gender or number of each route's name, which an adjective said of the route agrees
 * with: "Direktupphandling: tillämplig", "Hamburgundantaget: tillämpligt", "Icke-ekonomiska tjänster
 * av allmänt intresse: tillämpliga". Change it with the label.
 */
export const PROCUREMENT_ROUTE_AGREEMENT: Record<ProcurementRoute, "common" | "neuter" | "plural"> = {
  myndighetsutovning: "common",
  direktupphandling: "common",
  hamburg: "neuter",
  teckal: "neuter",
  icke_ekonomiska_tjanster: "plural",
  ordinarie_upphandling: "common",
};

export const COLLABORATION_FORMS = [
  "avtalssamverkan",
  "kommunalforbund",
  "gemensam_namnd",
  "samordningsforbund",
  "privatrattslig",
  "natverk",
] as const;
export type CollaborationFormId = (typeof COLLABORATION_FORMS)[number];
export const COLLABORATION_FORM_LABELS: Record<CollaborationFormId, string> = {
  avtalssamverkan: "avtalssamverkan",
  kommunalforbund: "kommunalförbund",
  gemensam_namnd: "gemensam nämnd",
  samordningsforbund: "samordningsförbund",
  privatrattslig: "privaträttslig samverkansform",
  natverk: "nätverk och informella överenskommelser",
};

/**
 * Areas of activity (verksamhetsområden) within social services. Asked in step 1 for every
 * case, so SKR's statistics and the k-anonymity check of examples count all cases.
 */
export const ACTIVITY_AREAS = [
  "barn_och_unga",
  "familjeratt",
  "familjehem",
  "hvb",
  "missbruk",
  "socialjour",
  "vald_i_nara_relationer",
  "ekonomiskt_bistand",
  "funktionsnedsattning",
  "ledning",
  "ovrigt",
] as const;
export type ActivityArea = (typeof ACTIVITY_AREAS)[number];
export const ACTIVITY_AREA_LABELS: Record<ActivityArea, string> = {
  barn_och_unga: "Barn och unga",
  familjeratt: "Familjerätt",
  familjehem: "Familjehem",
  hvb: "HVB och institutionsvård",
  missbruk: "Missbruk och beroende",
  socialjour: "Socialjour",
  vald_i_nara_relationer: "Våld i nära relationer",
  ekonomiskt_bistand: "Ekonomiskt bistånd",
  funktionsnedsattning: "Funktionsnedsättning",
  ledning: "Ledning och administration",
  ovrigt: "Övrigt",
};

export const CONTROLLER_MODELS = ["gemensamt_personuppgiftsansvar", "personuppgiftsbitrade", "separata_personuppgiftsansvariga"] as const;
export type ControllerModel = (typeof CONTROLLER_MODELS)[number];
export const CONTROLLER_MODEL_LABELS: Record<ControllerModel, string> = {
  gemensamt_personuppgiftsansvar: "gemensamt personuppgiftsansvar",
  personuppgiftsbitrade: "en part är personuppgiftsbiträde åt en annan",
  // GDPR art. 4.7: each nämnd the controller of its own processing. Which model fits avtalssamverkan
  // is not settled (the report only says it should be documented), so the product offers all three.
  separata_personuppgiftsansvariga: "varje parts nämnd ansvarar för sin egen behandling",
};

export const UNION_CONSULTATION = ["genomford", "planerad", "inte_planerad"] as const;
export type UnionConsultation = (typeof UNION_CONSULTATION)[number];
export const UNION_CONSULTATION_LABELS: Record<UnionConsultation, string> = {
  genomford: "genomförd",
  planerad: "planerad",
  inte_planerad: "inte planerad",
};

/** Marks a place in a clause draft that the answers did not settle; the engine flags it until replaced. */
export const CLAUSE_GAP = "[…]";

export const CLAUSE_IDS = [
  "parter",
  "uppdrag",
  "extern_delegering",
  "ekonomi",
  "informationshantering",
  "uppfoljning",
  "avtalstid",
  "uppsagning",
  "dataskydd",
  "sekretess",
  "arbetsresultat",
  "forsakring",
  "personal_arbetsmiljo",
] as const;
export type ClauseId = (typeof CLAUSE_IDS)[number];

/** What a party brings to a cooperation (LOU 3 kap. 17 §; C-429/19 Remondis: real cooperation). */
export const CONTRIBUTION_KINDS = ["personal", "lokaler", "kompetens", "annan_uppgift", "endast_betalning"] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];
export const CONTRIBUTION_KIND_LABELS: Record<ContributionKind, string> = {
  personal: "personal",
  lokaler: "lokaler",
  kompetens: "kompetens",
  annan_uppgift: "utför en annan uppgift i samarbetet",
  endast_betalning: "endast betalning",
};
