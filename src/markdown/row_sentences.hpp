#pragma once
// Easy read puts each sentence on its own line. A line of an easy-read row that holds more
// than one sentence (often a value from the definitions file, such as a cancellation rule)
// is split into one Paragraph per sentence.

#include "model/node.hpp"

namespace plainly {

/// Split every Paragraph child of `row` (an EasyReadRow) at its sentence ends, found by the
/// checker's sentence segmenter (ICU). A split is made only in plain text between inline
/// parts, never inside bold, emphasis or a link. "Mr. Khan" and "e.g. a lift" stay whole.
void split_row_sentences(Node& row);

}  // namespace plainly
