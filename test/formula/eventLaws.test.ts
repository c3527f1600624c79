import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

// Rules on abstract events decided as a reader decides them (eventLaws.ts, statedEventLaws.ts,
// refutedEventRule.ts): conditions the words state imposed on the random finite models' events,
// capitals side by side as their intersection (eventSide.ts), Unicode set operations
// (probabilityTokens.ts), and a rule on events written wrong refuted only when no condition the
// note's words could supply rescues it.

/** The verdict of the formula of `note` whose source contains `latex`. */
async function verdictIn(note: string, latex: string): Promise<string> {
  const formula = (await judgeNote(note)).find((f) => f.source.includes(latex));
  if (!formula) throw new Error(`no formula ${latex}`);
  return formula.verdict;
}

describe('rules on events under the conditions the words state', () => {
  it.each([
    // akkefa/ml-notes, docs/probability/conditional_probability_and_bayes_theorem.md
    ['then, if A and B are independent, we get the multiplication\nrule for independent events:\n\n$P(A \\cap B)=P(A) P(B)$\n', 'P(A \\cap B)=P(A) P(B)'],
    ['Two events, A and B, are independent if $P(A|B) = P(A)$, or equivalently $P(B|A) = P(B)$.\n', 'P(B|A) = P(B)'],
    // ermongroup/cs228-notes, preliminaries/probabilityreview/index.md
    ['Two events are called **independent** if $$P(A \\cap B) = P(A)P(B)$$, or equivalently, $$P(A \\mid B) = P(A)$$. Intuitively, $$A$$ and $$B$$ are independent means that observing $$B$$ does not have any effect on the probability of $$A$$.\n', 'P(A \\mid B) = P(A)'],
    // 2t2c/ml-notes, docs/probability-theory/axioms-of-probability/preface.md
    ['3. **Axiom 3: Countable Additivity (Disjoint Events)**\n    \n    If $A∩B=∅$, then $P(A \\cup B) = P(A) + P(B)$\n', 'P(A \\cup B) = P(A) + P(B)'],
    // 2t2c/ml-notes, docs/probability-theory/axioms-of-probability/sample-space-and-events.md: A ⊆ B, Unicode ∪, ∩, ᶜ and −.
    ['- **Subset Rule**: If $A ⊆ B$, then $P(A) ≤ P(B)$\n', 'P(A) ≤ P(B)'],
    ['- **Complement Rule**: $P(Aᶜ) = 1 − P(A)$\n', 'P(Aᶜ) = 1 − P(A)'],
    ['- **Inclusion-Exclusion Principle**: $P(A ∪ B) = P(A) + P(B) − P(A ∩ B)$\n', 'P(A ∪ B) = P(A) + P(B) − P(A ∩ B)'],
    // 2t2c/ml-notes, docs/probability-theory/conditional-probability/law-of-total-probability.md: a sum to n over the partition.
    ['# Law of Total Probability\n\nThe law of total probability states that for any event A:\n\n$$\nP(A) = \\sum_{i=1}^n P(A|B_i) \\times P(B_i)\n$$\n', 'P(A) = \\sum_{i=1}^n'],
    // EricWiener/ai-notes, content/Statistics/Factoring a probability distribution.md
    ['If the events are conditionally independent (ex. events $X, Y$ are independent given you know event $Z$ has occurred or not, $P(X, Y \\mid Z)=P(X \\mid Z) P(Y \\mid Z)$), you can break them as follows:\n', 'P(X, Y \\mid Z)=P(X \\mid Z) P(Y \\mid Z)'],
    // EricWiener/ai-notes, content/Statistics/Posterior Distribution.md: the two bowls named in the words.
    ['- $P(C)$: Probability of picking a chocolate cookie, regardless of the bowl. This is given by the law of total probability:\n\n$$ P(C) = P(C | B_1) \\cdot P(B_1) + P(C | B_2) \\cdot P(B_2) $$\n', 'P(C) = P(C | B_1)'],
    // Tulbm/Stats-Notes, Math Stats 1/Conditional probability.md: capitals side by side are their intersection.
    ['$P(A\\cap B)=P(AB)$ (notation)\n$P (ABC) = P (A)P (B|A)P (C|AB)$ $=P(AB)P(C|AB)$\n', 'P (ABC) = P (A)P (B|A)P (C|AB)'],
    // ActuarialNotes/Actuarial-Notes-Wiki, a question's explanation.
    ['Let $A$ be auto, $H$ be homeowners, and $R$ be renters insurance.\n$H$ and $R$ are mutually exclusive $\\implies P(H \\cap R) = 0$.\n', 'P(H \\cap R) = 0'],
  ])('%s holds', async (note, latex) => {
    expect(await verdictIn(note, latex)).toBe('holds');
  });

  it.each([
    // The same rules with their condition denied or said of other events.
    ['If A and B are not mutually exclusive, $P(A \\cup B) = P(A) + P(B)$.\n', 'P(A \\cup B) = P(A) + P(B)'],
    ['If A and B are independent, $P(A \\cap B \\cap C) = P(A)P(B)P(C)$.\n', 'P(A \\cap B \\cap C)'],
    ['If A, B and C are pairwise independent, $P(A \\cap B \\cap C) = P(A)P(B)P(C)$.\n', 'P(A \\cap B \\cap C)'],
    // Values of the author's events (ActuarialNotes' "Given $P(A) = P(B) = P(C) = 0.3$"): never a rule, never refuted.
    ['Given $P(A) = P(B)$, find the probability.\n', 'P(A) = P(B)'],
    ['We know $P(A \\mid B) = P(A)$ here.\n', 'P(A \\mid B) = P(A)'],
    // A sum to 4 names a count of events only the note's example knows.
    ['By the law of total probability, $P(A) = \\sum_{i=1}^{4} P(A|B_i)P(B_i)$.\n', 'P(A) = \\sum_{i=1}^{4}'],
  ])('%s stays undecided', async (note, latex) => {
    expect(await verdictIn(note, latex)).toBe('none');
  });
});

describe('rules on events written wrong', () => {
  it.each([
    // Tulbm/Stats-Notes, Math Stats 1/Conditional probability.md: total probability without its weights (a real slip).
    ['$P(AB) = P(A)P(B|A) = P(B)P(A|B)$\n$P(A)=P(A|B)+P(A|\\bar{B})$\n', 'P(A)=P(A|B)+P(A|\\bar{B})'],
    // Planted: the addition rule without its intersection, in a note that never says the events are exclusive.
    ['The addition rule for any two events: $P(A \\cup B) = P(A) + P(B)$.\n', 'P(A \\cup B) = P(A) + P(B)'],
    // Planted: the complement rule's sign.
    ['Complement rule: $P(A^c) = 1 + P(A)$.\n', 'P(A^c) = 1 + P(A)'],
  ])('%s fails', async (note, latex) => {
    expect(await verdictIn(note, latex)).toBe('fails');
  });

  it.each([
    // The exclusive events named anywhere in the note keep the addition rule without its intersection from failing.
    ['Events that cannot both occur are mutually exclusive.\n\nThe addition rule: $P(A \\cup B) = P(A) + P(B)$.\n', 'P(A \\cup B) = P(A) + P(B)'],
    // Tulbm/Stats-Notes, Math Stats 1/Independency.md: an alignment's cells, which the splitter joins.
    ['Two events are independent if and only if\n$$\n\\begin{align}\nP(A|B)=P(A) &  &  &  & P(B|A)=P(B)\n\\end{align}\n$$\n', 'P(A|B)=P(A)'],
    // Blood group AB is one event: a run of capitals is never refuted.
    ['$P(AB) = P(A) + P(B)$\n', 'P(AB) = P(A) + P(B)'],
    // A density p(x) is no event.
    ['$p(A) = p(A|B) + p(A|\\bar{B})$\n', 'p(A) = p(A|B)'],
  ])('%s is not refuted', async (note, latex) => {
    expect(await verdictIn(note, latex)).not.toBe('fails');
  });
});
