// Plain module: what the account actions and the admin pages say, in one place.

export const USER_MESSAGES = {
  self: "Du kan inte inaktivera ditt eget konto.",
  alreadyDeactivated: "Kontot är redan inaktiverat.",
  confirm: "Bekräfta att kontot ska inaktiveras.",
  alreadyActive: "Kontot är redan aktivt.",
  changedMeanwhile: "Kontot har ändrats under tiden. Ladda om sidan och se vad som gäller nu.",
  /** Beside a person an organisation admin may not manage (managesAccount in ./data.ts). */
  onlySystemAdminDeactivates: "Personen hör också till en annan organisation eller har en roll i hela Samverka. Bara en systemadministratör kan inaktivera kontot.",
  onlySystemAdminReactivates: "Personen hör också till en annan organisation eller har en roll i hela Samverka. Bara en systemadministratör kan aktivera kontot igen.",
  deactivatedBySystemAdmin: "En systemadministratör inaktiverade kontot. Bara en systemadministratör kan aktivera det igen.",
} as const;
