import type { OrganizationType } from "@/lib/db/generated/enums";

export interface DemoOrganization {
  name: string;
  type: OrganizationType;
  officialCode: string | null;
  /** Why it is in the demo data: which example in SKR's report it comes from. */
  example: string;
}

// The organisations of the examples in SKR's report (ch. 4 and the fictional case in ch. 5)
// and the Bengtsfors–Mellerud collaboration. Codes are SCB's kommunkoder and länskoder.
export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  { name: "Norrströms kommun", type: "KOMMUN", officialCode: null, example: "Fiktivt exempel, rapportens kap. 5" },
  { name: "Fjällvikens kommun", type: "KOMMUN", officialCode: null, example: "Fiktivt exempel, rapportens kap. 5" },
  { name: "Danderyds kommun", type: "KOMMUN", officialCode: "0162", example: "Gemensam familjerättsorganisation" },
  { name: "Lidingö stad", type: "KOMMUN", officialCode: "0186", example: "Gemensam familjerättsorganisation" },
  { name: "Täby kommun", type: "KOMMUN", officialCode: "0160", example: "Gemensam familjerättsorganisation" },
  { name: "Vaxholms stad", type: "KOMMUN", officialCode: "0187", example: "Gemensam familjerättsorganisation" },
  { name: "Lunds kommun", type: "KOMMUN", officialCode: "1281", example: "Sex samverkansområden med grannkommuner" },
  { name: "Region Östergötland", type: "REGION", officialCode: "05", example: "Gemensamt HVB för unga 13–17 år" },
  { name: "Norrköpings kommun", type: "KOMMUN", officialCode: "0581", example: "Gemensamt HVB för unga 13–17 år" },
  { name: "Bengtsfors kommun", type: "KOMMUN", officialCode: "1460", example: "Gemensam socialchef" },
  { name: "Melleruds kommun", type: "KOMMUN", officialCode: "1461", example: "Gemensam socialchef" },
];
