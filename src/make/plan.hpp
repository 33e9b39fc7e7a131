#pragma once
// The plan of a `plainly make` run: which documents, in which styles, for whom, and the
// predictable file names they get. Pure: reads the definitions, touches no files.

#include <optional>
#include <string>
#include <vector>

#include "definitions/project.hpp"

namespace plainly {

/// What the user asked `plainly make` for. Empty lists mean "all".
struct MakeOptions {
  std::vector<std::string> docs;     ///< advert, offer, consent, consent-review
  std::vector<std::string> styles;   ///< standard, large-print, easy-read
  std::vector<std::string> formats;  ///< txt, md, pdf, ... and "model" (the model dump)
  std::string role;                  ///< a role id; "" = every role
  std::string person;                ///< a person's name; "" = everyone
  std::string out_dir = "out";
  std::vector<std::string> template_dirs;  ///< --templates DIR, looked in first
  std::vector<std::string> picture_dirs;   ///< --pictures DIR: an organisation's own pictures
  std::optional<Date> today;
  std::string locale;  ///< "" = the definitions file's locale, else en-GB
};

/// One document to make (in one or more formats).
struct PlannedDocument {
  std::string kind;   ///< advert | offer | consent | consent-review
  std::string style;  ///< standard | large-print | easy-read
  const Role* role = nullptr;
  const Person* person = nullptr;  ///< set for personal documents
  int font_size_pt = 0;            ///< the person's recorded size; 0 = the style's default
  std::string base_path;           ///< OUT/<role>/[<person-slug>/]<kind>.<style> (no extension)
};

/// The document kinds and styles plainly knows, in a stable order.
const std::vector<std::string>& document_kinds();
const std::vector<std::string>& document_styles();

/// A person's name as a folder name: "Sam O'Neill" -> "sam-o-neill".
std::string person_slug(const std::string& name);

/// Plan every document `options` asks for: for each role, each kind in each style, then
/// each person's offer and consent forms in the person's recorded format and size.
/// Consent kinds are left out when the project has no consent items. Throws PlainlyError
/// (exit 2) for an unknown kind, style, role or person, with a "did you mean".
std::vector<PlannedDocument> plan_documents(const Definitions& defs, const MakeOptions& options);

}  // namespace plainly
