using DocumentFormat.OpenXml.Spreadsheet;

namespace MuhanRubric.Templates;

/// <summary>The template's stylesheet: a header fill, grey comment rows, highlighted unit codes, wrapped table text.</summary>
internal static class XlsxStyles
{
    // Cell formats of the stylesheet, by index.
    public const uint DefaultFormat = 0, HeaderFormat = 1, CommentFormat = 2, KeyFormat = 3, TitleFormat = 4, HeadingFormat = 5, BodyFormat = 6, TableHeaderFormat = 7;

    public static Stylesheet Stylesheet()
    {
        const string FontName = "맑은 고딕"; // Malgun Gothic, Korean Excel's default; other systems substitute.
        static Font Font(bool bold = false, double size = 11, string? color = null)
        {
            var font = new Font();
            if (bold)
            {
                font.Append(new Bold());
            }

            font.Append(new FontSize { Val = size });
            if (color is not null)
            {
                font.Append(new Color { Rgb = color });
            }

            font.Append(new FontName { Val = FontName }, new FontFamilyNumbering { Val = 2 }, new FontCharSet { Val = 129 });
            return font;
        }

        static Fill Solid(string rgb) => new(new PatternFill(new ForegroundColor { Rgb = rgb }, new BackgroundColor { Indexed = 64U }) { PatternType = PatternValues.Solid });
        static CellFormat Format(uint font, uint fill, bool wrap = false)
        {
            var format = new CellFormat { NumberFormatId = 0U, FontId = font, FillId = fill, BorderId = 0U, FormatId = 0U };
            if (font != 0)
            {
                format.ApplyFont = true;
            }

            if (fill != 0)
            {
                format.ApplyFill = true;
            }

            if (wrap)
            {
                format.Append(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top });
                format.ApplyAlignment = true;
            }

            return format;
        }

        return new Stylesheet(
            new Fonts(Font(), Font(bold: true), Font(color: "FF595959"), Font(bold: true, size: 14)) { Count = 4U },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                Solid("FFD9E1F2"),
                Solid("FFF2F2F2"),
                Solid("FFFFF2CC")) { Count = 5U },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1U },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U },
            new CellFormats(
                Format(0, 0),                   // DefaultFormat
                Format(1, 2),                   // HeaderFormat: row 1
                Format(2, 3, wrap: true),       // CommentFormat: rows 2–4
                Format(0, 4),                   // KeyFormat: codes and names
                Format(3, 0),                   // TitleFormat
                Format(1, 0),                   // HeadingFormat
                Format(0, 0, wrap: true),       // BodyFormat
                Format(1, 2, wrap: true))       // TableHeaderFormat
            { Count = 8U },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }) { Count = 1U });
    }
}
