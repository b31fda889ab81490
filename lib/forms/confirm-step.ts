// Plain module: the fields of a form that asks once more before it acts (components/forms/
// ConfirmForm.tsx). Without JavaScript the first press ("fråga") and "Avbryt" post too, carrying
// CONFIRM_STEP; the action answers them with the form asking, or back at rest (askOrCancel in
// ./confirm-action.ts). The final press sends CONFIRMED_FIELD=CONFIRMED_VALUE, which the data
// function requires, so a post that skipped the question is refused rather than acted on.

export const CONFIRM_STEP = "steg";
export const CONFIRM_STEP_ASK = "fraga";
export const CONFIRM_STEP_CANCEL = "avbryt";
export const CONFIRMED_FIELD = "bekrafta";
export const CONFIRMED_VALUE = "ja";
