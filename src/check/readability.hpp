#pragma once
// Readability figures for a sentence or a whole document.

#include <cstddef>

namespace plainly {

/// Counts from which the readability scores are computed. Add sentences together to get
/// the figures for a document.
struct Readability {
  long long words = 0;
  long long sentences = 0;
  long long syllables = 0;
  long long long_words = 0;  ///< words of three or more syllables

  void add(const Readability& o) {
    words += o.words;
    sentences += o.sentences;
    syllables += o.syllables;
    long_words += o.long_words;
  }
  double words_per_sentence() const;
  double syllables_per_word() const;
  /// Flesch Reading Ease: 206.835 - 1.015 * words/sentence - 84.6 * syllables/word.
  double flesch_reading_ease() const;
  /// Flesch-Kincaid grade: 0.39 * words/sentence + 11.8 * syllables/word - 15.59.
  double flesch_kincaid_grade() const;
  /// UK reading age in years: the US grade plus 5.
  double reading_age() const { return flesch_kincaid_grade() + 5.0; }
  /// Share of long words (three or more syllables), 0..1.
  double long_word_share() const;
};

/// Per-sentence readability, with where the sentence is.
struct SentenceReadability {
  size_t offset = 0, length = 0;  ///< bytes in the checked text
  int line = 0, column = 0;
  Readability figures;
};

}  // namespace plainly
