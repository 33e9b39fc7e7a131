// Rule kind "context": a trigger word (usually a modal such as may, could, will) judged by
// the subject of its clause, the verb after it, negation and the rest of the sentence.
#include "check/rules/match.hpp"

namespace plainly {

static bool subject_ok(const SentenceContext& ctx, const Rule& r, size_t from, size_t to) {
  const auto& toks = ctx.tokens();
  if (!r.subject_in.empty()) {
    bool found = false;
    for (size_t k = from; k < to && !found; ++k) found = ctx.element_matches(r.subject_e, toks[k]);
    if (!found) return false;
  }
  for (size_t k = from; k < to; ++k)
    if (!r.subject_not_in.empty() && ctx.element_matches(r.subject_not_e, toks[k])) return false;
  return true;
}

static void try_context(SentenceContext& ctx, int rule_index, size_t i) {
  const Rule& r = ctx.data.set.rules[rule_index];
  if (r.easy_read_only && !ctx.options.easy_read) return;
  const auto& toks = ctx.tokens();
  size_t cs = ctx.clause_start(i);
  if (!subject_ok(ctx, r, cs, i)) return;
  size_t j = ctx.skip_adverbs(i + 1);
  if (j >= toks.size() || toks[j].is(kPunct)) return;
  if (ctx.is_negation(j) || ctx.is_negation(i)) {
    for (Unless u : r.unless)
      if (u == Unless::Negated) return;
  }
  if (!r.verb_in.empty() && !ctx.element_matches(r.verb_e, toks[j])) return;
  if (!r.verb_not_in.empty() && ctx.element_matches(r.verb_not_e, toks[j])) return;
  size_t last = j;
  if (!r.then_in.empty()) {
    size_t k = ctx.skip_adverbs(j + 1);
    if (k >= toks.size() || !ctx.element_matches(r.then_e, toks[k])) return;
    last = k;
  }
  if (ctx.excused(r, i, last)) return;
  Hit h;
  h.rule = rule_index;
  size_t first = (cs < i && i - cs <= 3) ? cs : i;
  h.begin = toks[first].begin;
  h.end = toks[last].end;
  ctx.hits.push_back(std::move(h));
}

void run_context_at(SentenceContext& ctx, size_t i) {
  const Token& t = ctx.tokens()[i];
  if (t.is(kPunct)) return;
  if (!t.info || t.info->triggers.empty()) return;
  // "14 May 2027" and "May 2027" are dates, not the modal "may".
  const auto& toks = ctx.tokens();
  if ((i > 0 && toks[i - 1].is(kNumber)) || (i + 1 < toks.size() && toks[i + 1].is(kNumber))) return;
  for (int r : t.info->triggers) try_context(ctx, r, i);
}

}  // namespace plainly
