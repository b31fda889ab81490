"use client";

import type { ButtonHTMLAttributes, MouseEvent } from "react";

/**
 * A form's submit button that refuses a second press while the form's action runs, without
 * `disabled`: a disabled button loses the focus, which falls to the page's start, so a keyboard
 * user who pressed Enter had to find their way back from the top (the walk: "Skicka inbjudan").
 * `aria-disabled` says it is busy; a press (or Enter in a field, which presses the default
 * button) while pending is cancelled. Without JavaScript it is a plain submit button.
 */
export function SubmitButton({ pending, onClick, children, ...button }: Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type" | "disabled"> & { pending: boolean }) {
  return (
    <button
      type="submit"
      {...button}
      aria-disabled={pending || undefined}
      onClick={(event: MouseEvent<HTMLButtonElement>) => {
        if (pending) event.preventDefault();
        else onClick?.(event);
      }}
    >
      {children}
    </button>
  );
}
