import type { RefCallBack } from "react-hook-form";

/** A radio button's group's chosen value ("" for none): registering one button of a group can unchoose another. */
function chosenInGroup(radio: HTMLInputElement): string {
  const group = radio.form?.elements.namedItem(radio.name);
  if (group instanceof RadioNodeList) return group.value;
  return radio.checked ? radio.value : "";
}

function radioOfGroup(radio: HTMLInputElement, value: string): HTMLInputElement | undefined {
  const group = radio.form?.elements.namedItem(radio.name);
  const radios = group instanceof RadioNodeList ? Array.from(group) : [radio];
  return radios.find((item): item is HTMLInputElement => item instanceof HTMLInputElement && item.value === value);
}

/**
 * react-hook-form writes a field's default into it when it registers the field, which is when the
 * page's script has started. Text typed before then it keeps (it compares the field with its
 * default attribute), but not a choice: a radio button chosen before the script ran was unchosen
 * again, and the new-case form then asked which organisation had been chosen. This wraps a
 * registered radio button's ref and chooses the person's button again once React's commit (in
 * which refs run) is over, by a click, so the form's state and its checks take it as chosen.
 * Later renders find the button registered already; react-hook-form then leaves it alone, and so
 * does this.
 */
export function keepEarlyChoice(ref: RefCallBack): RefCallBack {
  return (element: unknown) => {
    if (!(element instanceof HTMLInputElement) || element.type !== "radio") {
      ref(element);
      return;
    }
    const held = chosenInGroup(element);
    ref(element);
    if (held === "" || chosenInGroup(element) === held) return;
    queueMicrotask(() => {
      const chosen = element.isConnected ? radioOfGroup(element, held) : undefined;
      if (chosen && !chosen.checked) chosen.click();
    });
  };
}
