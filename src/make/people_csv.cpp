#include "make/people_csv.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include "core/error.hpp"
#include "core/fs.hpp"
#include "core/spellcheck.hpp"
#include "definitions/schema.hpp"

namespace plainly {

namespace {

struct Cell {
  std::string text;
  SourcePos pos;
};
using Row = std::vector<Cell>;

// Split CSV text into rows of cells, each with the line and column where it starts.
// Quoted cells may hold commas, line breaks and "" for a quote.
std::vector<Row> parse_csv(const std::string& text) {
  std::vector<Row> rows;
  Row row;
  Cell cell;
  int line = 1, col = 1;
  bool quoted = false, at_start = true;
  cell.pos = {line, col};
  auto end_cell = [&] {
    row.push_back(cell);
    cell = Cell{};
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (at_start) {
      cell.pos = {line, col};
      at_start = false;
      if (c == '"') {
        quoted = true;
        ++col;
        continue;
      }
    }
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        cell.text += '"';
        ++i;
        col += 2;
        continue;
      }
      if (c == '"') quoted = false;
      else cell.text += c;
    } else if (c == ',') {
      end_cell();
      at_start = true;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      end_cell();
      bool blank = row.size() == 1 && row[0].text.empty();
      if (!blank) rows.push_back(row);
      row.clear();
      at_start = true;
      ++line;
      col = 1;
      continue;
    } else {
      cell.text += c;
    }
    if (c == '\n') ++line, col = 1;
    else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++col;
  }
  if (!at_start || !row.empty()) {
    end_cell();
    if (!(row.size() == 1 && row[0].text.empty())) rows.push_back(row);
  }
  return rows;
}

std::string trim(const std::string& s) {
  std::size_t a = 0, b = s.size();
  while (a < b && std::isspace(static_cast<unsigned char>(s[a]))) ++a;
  while (b > a && std::isspace(static_cast<unsigned char>(s[b - 1]))) --b;
  return s.substr(a, b - a);
}

struct Reader {
  const std::string& path;
  const std::string& source;
  std::vector<Diagnostic> problems;

  void problem(const Cell& c, const std::string& key, const std::string& message, const std::string& example) {
    Diagnostic d;
    d.file = path;
    d.pos = c.pos;
    d.length = std::max<int>(1, static_cast<int>(c.text.size()));
    d.key_path = key;
    d.message = message;
    d.example = example;
    d.source_line = line_of(source, c.pos.line);
    problems.push_back(d);
  }
};

Text text_of(const Cell* c) {
  Text t;
  if (!c) return t;
  t.value = trim(c->text);
  t.pos = c->pos;
  t.present = !t.value.empty();
  return t;
}

std::string choices(const std::vector<std::string>& list) {
  std::string out;
  for (const auto& v : list) out += (out.empty() ? "" : ", ") + v;
  return out;
}

void check_role(Reader& r, const Cell& c, const std::string& value, const std::vector<std::string>& ids) {
  if (std::find(ids.begin(), ids.end(), value) != ids.end()) return;
  std::string hint = closest_match(value, ids);
  r.problem(c, "role", "\"" + value + "\" is not the id of a role in the definitions file.",
            hint.empty() ? "Use one of: " + choices(ids) + "." : "Did you mean \"" + hint + "\"?");
}

void check_format(Reader& r, const Cell& c, const std::string& value) {
  const auto& formats = allowed_values("people.needs.format");
  if (std::find(formats.begin(), formats.end(), value) != formats.end()) return;
  std::string hint = closest_match(value, formats);
  r.problem(c, "format", "\"" + value + "\" is not a format plainly knows.",
            hint.empty() ? "Use one of: " + choices(formats) + "." : "Did you mean \"" + hint + "\"?");
}

Field<int> read_size(Reader& r, const Cell& c, const std::string& value, const std::string& format) {
  Field<int> size;
  size.pos = c.pos;
  if (value.empty()) return size;
  bool digits = value.size() <= 3 && std::all_of(value.begin(), value.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
  if (!digits) {
    r.problem(c, "size", "\"" + value + "\" is not a number.", "Write the print size in points, like 20.");
    return size;
  }
  int n = std::stoi(value);
  if (n < 12 || n > 72) r.problem(c, "size", "a print size must be between 12 and 72 points.", "20");
  else if (format == "large-print" && n < 16) r.problem(c, "size", "large print is at least 16 points.", "20");
  size.value = n;
  size.present = true;
  return size;
}

}  // namespace

std::vector<Person> load_people_csv(const std::string& path, const Definitions& defs) {
  std::string source = read_file(path, 64u * 1024 * 1024);
  if (source.rfind("\xEF\xBB\xBF", 0) == 0) source.erase(0, 3);  // a spreadsheet's byte order mark
  std::vector<Row> rows = parse_csv(source);
  Reader r{path, source, {}};
  if (rows.empty()) fail_input(path + ": this file is empty. Give a header row: name,role,format,size,address");
  std::map<std::string, std::size_t> column;
  for (std::size_t i = 0; i < rows[0].size(); ++i) {
    std::string name = trim(rows[0][i].text);
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char ch) { return std::tolower(ch); });
    column[name] = i;
  }
  for (const char* needed : {"name", "role"})
    if (!column.count(needed))
      fail_input(path + ":1:1: error: the header row has no '" + needed +
                 "' column. Start the file with: name,role,format,size,address");
  std::vector<std::string> role_ids;
  for (const auto& role : defs.roles) role_ids.push_back(role.id.value);

  std::vector<Person> people;
  for (std::size_t n = 1; n < rows.size(); ++n) {
    const Row& row = rows[n];
    auto cell = [&](const char* key) -> const Cell* {
      auto it = column.find(key);
      return it != column.end() && it->second < row.size() ? &row[it->second] : nullptr;
    };
    Person p;
    p.pos = row[0].pos;
    p.key_path = "people (" + path + " line " + std::to_string(row[0].pos.line) + ")";
    p.name = text_of(cell("name"));
    p.role = text_of(cell("role"));
    p.format = text_of(cell("format"));
    p.address = text_of(cell("address"));
    if (!p.name.present) r.problem(row[0], "name", "this row has no name.", "Sam O'Neill");
    if (!p.role.present) r.problem(cell("role") ? *cell("role") : row[0], "role", "this row has no role.", role_ids.empty() ? "" : role_ids[0]);
    else check_role(r, *cell("role"), p.role.value, role_ids);
    if (p.format.present) check_format(r, *cell("format"), p.format.value);
    if (const Cell* c = cell("size")) p.size = read_size(r, *c, trim(c->text), p.format.value);
    people.push_back(std::move(p));
  }
  if (!r.problems.empty())
    throw PlainlyError(ExitCode::BadInput,
                       path + ": " + std::to_string(r.problems.size()) +
                           (r.problems.size() == 1 ? " problem" : " problems") + " to fix. plainly wrote nothing.",
                       r.problems);
  return people;
}

}  // namespace plainly
