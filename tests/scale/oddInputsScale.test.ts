import { ODD_INPUTS } from "../corpus/oddInputs";
import { expectOddOutcome } from "../helpers/oddOutcome";

describe("odd inputs at scale end in a correct read or one clear refusal, quickly", () => {
  const scale = ODD_INPUTS.filter((c) => c.scale);
  it("there are some", () => expect(scale.length).toBeGreaterThan(0));
  it.each(scale.map((c) => [c.name, c] as const))("%s", async (_name, c) => expectOddOutcome(c));
});
