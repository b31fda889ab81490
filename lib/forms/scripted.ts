// A form tells the server whether the page's JavaScript sent it: the field is added only once the
// script runs (components/forms/ScriptedField.tsx). With it, the action's state is shown in place;
// without it, a successful save is answered with a redirect (Post/Redirect/Get), so that reloading
// the page does not post the form again.

/** The hidden field's name; its value is "1". */
export const SCRIPTED_FIELD = "js";

export const postedByScript = (fields: Record<string, string | undefined>) => fields[SCRIPTED_FIELD] === "1";
