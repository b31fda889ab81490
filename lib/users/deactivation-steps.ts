// Plain module: the form field that carries a deactivation's first press and its cancel when the
// form posts without JavaScript (lib/users/components/DeactivateUserForm.tsx, lib/users/actions.ts).

export const DEACTIVATION_STEP = "steg";
export const DEACTIVATION_STEP_ASK = "fraga";
export const DEACTIVATION_STEP_CANCEL = "avbryt";
