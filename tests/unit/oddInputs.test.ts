import { ODD_INPUTS } from "../corpus/oddInputs";
import { expectOddOutcome } from "../helpers/oddOutcome";

describe("odd and hostile inputs end in a correct read or one clear refusal", () => {
  it("there are at least 40 of them", () => {
    expect(ODD_INPUTS.length).toBeGreaterThanOrEqual(40);
  });

  // the few at scale (a million rows, a 300 MB bomb) run in tests/scale/oddInputsScale.test.ts
  it.each(ODD_INPUTS.filter((c) => !c.scale).map((c) => [c.name, c] as const))(
    "%s",
    async (_name, c) => expectOddOutcome(c),
  );
});
