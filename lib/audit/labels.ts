// Swedish names for the outcomes in the audit log. Actions are described as whole
// sentences by lib/audit/sentence.ts.
export const AUDIT_OUTCOME_LABELS = { SUCCESS: "Lyckades", FAILURE: "Misslyckades", DENIED: "Nekad" } as const;
