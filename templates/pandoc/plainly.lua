-- plainly's Pandoc filter: turns the Markdown conventions (docs/markdown-conventions.md)
-- into accessible structure for each output format.
--
-- * Title: in DOCX, ODT and EPUB the first level-1 heading becomes the document title
--   (Pandoc writes it once, styled "Title", and sets the file's title property), so the
--   title is not shown twice. HTML keeps it as the one <h1>.
-- * Easy-read rows (a paragraph that starts with a picture, then one sentence a line):
--   HTML and EPUB get <div class="easy-read-row"> with the picture first and the words
--   second, laid out side by side by the stylesheet. DOCX and ODT get one borderless
--   two-column table per run of rows: picture on the left, sentences on the right, read
--   row by row in the right order.
-- * Consent choices (unticked task-list items): the question, then "☐ Yes  ☐ No" with the
--   words from the metadata fields plainly-yes and plainly-no (from the locale).
-- * Large print and easy read: emphasis is bold, never italic.

local block_formats = { docx = true, odt = true, opendocument = true }
local title_formats = { docx = true, odt = true, opendocument = true, epub = true, epub3 = true, epub2 = true }

local meta_yes, meta_no = nil, nil
local picture_width = "3cm"

local function is_break(el)
  return el.t == "SoftBreak" or el.t == "LineBreak"
end

-- Split inlines at soft and hard line breaks: one sentence a line.
local function split_lines(inlines)
  local lines, current = {}, pandoc.List()
  for _, el in ipairs(inlines) do
    if is_break(el) then
      if #current > 0 then table.insert(lines, current) end
      current = pandoc.List()
    elseif not (#current == 0 and el.t == "Space") then
      current:insert(el)
    end
  end
  if #current > 0 then table.insert(lines, current) end
  return lines
end

-- A paragraph that starts with an image is an easy-read row: returns image, sentences.
local function easy_read_row(block)
  if block.t ~= "Para" and block.t ~= "Plain" then return nil end
  local inlines = block.content
  if #inlines == 0 or inlines[1].t ~= "Image" then return nil end
  local rest = pandoc.List()
  for i = 2, #inlines do rest:insert(inlines[i]) end
  return inlines[1], split_lines(rest)
end

local function sentence_blocks(lines)
  local blocks = pandoc.List()
  for _, line in ipairs(lines) do blocks:insert(pandoc.Para(line)) end
  return blocks
end

local function html_row(image, lines)
  local picture = pandoc.Div({ pandoc.Plain({ image }) }, pandoc.Attr("", { "picture" }))
  local words = pandoc.Div(sentence_blocks(lines), pandoc.Attr("", { "words" }))
  return pandoc.Div({ picture, words }, pandoc.Attr("", { "easy-read-row" }))
end

local function table_of_rows(rows)
  local body = {}
  for _, row in ipairs(rows) do
    local image = row.image
    image.attributes["width"] = picture_width
    local picture = pandoc.Plain({ image })
    if FORMAT == "docx" then  -- single-spaced "Picture" style (scripts/make-reference-docs.py)
      picture = pandoc.Div({ pandoc.Para({ image }) }, pandoc.Attr("", {}, { ["custom-style"] = "Picture" }))
    end
    table.insert(body, { { picture }, sentence_blocks(row.lines) })
  end
  local simple = pandoc.SimpleTable({}, { pandoc.AlignLeft, pandoc.AlignLeft }, { 0.25, 0.75 }, {}, body)
  return pandoc.utils.from_simple_table(simple)
end

-- Rewrite a list of blocks, grouping runs of easy-read rows for DOCX and ODT.
local function rewrite_rows(blocks)
  local out, run = pandoc.List(), {}
  local function flush()
    if #run > 0 then out:insert(table_of_rows(run)) end
    run = {}
  end
  for _, block in ipairs(blocks) do
    local image, lines = easy_read_row(block)
    if image and block_formats[FORMAT] then
      table.insert(run, { image = image, lines = lines })
    elseif image then
      out:insert(html_row(image, lines))
    else
      flush()
      out:insert(block)
    end
  end
  flush()
  return out
end

local function yes_no_line()
  local box = "\u{2610}"
  return pandoc.Para({ pandoc.Str(box), pandoc.Space(), pandoc.Str(meta_yes),
                       pandoc.Space(), pandoc.Space(), pandoc.Str(box), pandoc.Space(), pandoc.Str(meta_no) })
end

-- A task-list item ("☐ question") becomes the question, then the Yes and No boxes.
local function consent_item(item)
  local first = item[1]
  if not first or (first.t ~= "Plain" and first.t ~= "Para") then return nil end
  local inl = first.content
  if #inl < 1 or inl[1].t ~= "Str" or inl[1].text ~= "\u{2610}" then return nil end
  local question = pandoc.List()
  for i = 2, #inl do
    if not (#question == 0 and inl[i].t == "Space") then question:insert(inl[i]) end
  end
  local blocks = pandoc.List({ pandoc.Para(question) })
  if meta_yes and meta_no then blocks:insert(yes_no_line()) end
  for i = 2, #item do blocks:insert(item[i]) end
  return blocks
end

local function rewrite_consent(list)
  local changed = false
  for i, item in ipairs(list.content) do
    local blocks = consent_item(item)
    if blocks then
      list.content[i] = blocks
      changed = true
    end
  end
  if changed then return list end
  return nil
end

local function first_h1_as_title(doc)
  for i, block in ipairs(doc.blocks) do
    if block.t == "Header" and block.level == 1 then
      if not doc.meta.title then doc.meta.title = pandoc.MetaInlines(block.content) end
      doc.blocks:remove(i)
      return
    end
  end
end

function Pandoc(doc)
  if doc.meta["plainly-yes"] then meta_yes = pandoc.utils.stringify(doc.meta["plainly-yes"]) end
  if doc.meta["plainly-no"] then meta_no = pandoc.utils.stringify(doc.meta["plainly-no"]) end
  if doc.meta["plainly-picture-width"] then
    picture_width = pandoc.utils.stringify(doc.meta["plainly-picture-width"])
  end
  if title_formats[FORMAT] then first_h1_as_title(doc) end
  doc = doc:walk({ BulletList = rewrite_consent })
  local style = doc.meta["plainly-style"] and pandoc.utils.stringify(doc.meta["plainly-style"]) or ""
  if style == "large-print" or style == "easy-read" then
    doc = doc:walk({ Emph = function(el) return pandoc.Strong(el.content) end })
  end
  doc.blocks = rewrite_rows(doc.blocks)
  return doc
end
