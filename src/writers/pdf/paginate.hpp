#pragma once
// Pagination: stack boxes down A4 pages, honouring "keep with next".

#include <vector>

#include "writers/pdf/composer.hpp"
#include "writers/pdf/style.hpp"

namespace plainly::pdf {

/// Where a box goes: its page (0-based) and the y of its top edge (PDF points, from the bottom).
struct Placement {
  int page = 0;
  double top = 0;
};

/// A soft keep (Box::soft_keep) gives way when keeping its boxes together would leave more
/// than this share of a page empty.
constexpr double kMostGap = 0.2;

/// The lowest y body text may reach: above the bottom margin and the footer line.
double body_bottom(const PdfStyle& style);

/// Place every box. A run of boxes joined by keep_with_next moves to a new page together
/// when it does not fit in what is left of the page but fits on an empty one, unless
/// that would leave more than kMostGap of the page empty and the run can break at a soft
/// keep and what is left of the document needs more than one page: then the run breaks at
/// its first soft keep that leaves no more than kMostGap empty (or the last that fits).
std::vector<Placement> paginate(const std::vector<Box>& boxes, const PdfStyle& style);

}  // namespace plainly::pdf
