package org.parley.exchange.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.LayoutProcessor;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The board pack's fonts, all embedded: Noto Sans, which Parley carries, for Latin, Greek and Cyrillic text, and for
 * any other script the first font on this computer that has its letters (Arabic, Hebrew, Chinese, Japanese, …).
 * Text is laid out by Java's own glyph layout, so Arabic letters join and right-to-left runs read right to left.
 * A character no font has is counted, so that the writer can say which ones it could not print.
 */
final class PdfFonts {

    /** The sizes and weights of the document's text. */
    enum Style {
        COVER(26, true), TITLE(17, true), HEADING(12, true), LABEL(8.5f, true), BODY(9, false), SMALL(7.5f, false),
        TABLE(7.5f, false), TABLE_BOLD(7.5f, true);

        final float size;
        final boolean bold;

        Style(float size, boolean bold) {
            this.size = size;
            this.bold = bold;
        }
    }

    static final Color INK = new Color(0x24, 0x29, 0x2f);
    static final Color MUTED = new Color(0x57, 0x60, 0x6a);

    private static final String FOLDER = "org/parley/fonts/";
    private static final String REGULAR = FOLDER + "NotoSans-Regular.ttf";
    private static final String BOLD = FOLDER + "NotoSans-Bold.ttf";

    /**
     * Fonts to fall back on, by where Linux, Windows and macOS put them, best first; a collection (.ttc) names
     * its first font with ",0".
     */
    private static final List<String> FALLBACKS = List.of(
            "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf",
            "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf",
            "/usr/share/fonts/truetype/noto/NotoSansHebrew-Regular.ttf",
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,0",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc,0",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
            "/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf",
            "C:/Windows/Fonts/arial.ttf",
            "C:/Windows/Fonts/YuGothM.ttc,0",
            "C:/Windows/Fonts/msyh.ttc,0",
            "C:/Windows/Fonts/malgun.ttf",
            "C:/Windows/Fonts/Nirmala.ttf",
            "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
            "/Library/Fonts/Arial Unicode.ttf",
            "/System/Library/Fonts/Supplemental/Arial.ttf",
            "/System/Library/Fonts/Hiragino Sans GB.ttc,0");

    /** Fonts are read once per run: a CJK font is megabytes. Empty for a fallback that would not load. */
    private static final Map<String, Optional<BaseFont>> LOADED = new ConcurrentHashMap<>();

    /** The fallbacks this computer has, looked for once per run. */
    private static volatile List<BaseFont> fallbackFonts;

    private final SortedSet<String> unprintable = new TreeSet<>();
    private final Map<String, FontSelector> selectors = new ConcurrentHashMap<>();

    PdfFonts() {
        enableLayout();
    }

    private static synchronized void enableLayout() {
        // Once per run, and before any font is read: a font read before has no glyph layout.
        if (!LayoutProcessor.isEnabled()) {
            LayoutProcessor.enableKernLiga();
        }
    }

    /** The text in this style, each character in the first font that has it. */
    Phrase phrase(String text, Style style) {
        return phrase(text, style, INK);
    }

    Phrase phrase(String text, Style style, Color colour) {
        String shown = text == null ? "" : text;
        note(shown);
        return selector(style, colour).process(shown);
    }

    /** A font of the style for what holds no text of people's: page numbers, the running header's rule. */
    BaseFont base(Style style) {
        return font(style.bold ? BOLD : REGULAR).orElseThrow();
    }

    /** The characters that no font could print, as text, in code point order; empty when every one printed. */
    SortedSet<String> unprintable() {
        return unprintable;
    }

    private FontSelector selector(Style style, Color colour) {
        return selectors.computeIfAbsent(style + "/" + colour.getRGB(), key -> {
            FontSelector selector = new FontSelector();
            selector.addFont(new Font(base(style), style.size, Font.NORMAL, colour));
            for (BaseFont fallback : fallbacks()) {
                selector.addFont(new Font(fallback, style.size, Font.NORMAL, colour));
            }
            return selector;
        });
    }

    private void note(String text) {
        BaseFont regular = base(Style.BODY);
        text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c)
                && !regular.charExists(c)).forEach(c -> {
                    if (fallbacks().stream().noneMatch(font -> font.charExists(c))) {
                        unprintable.add(Character.toString(c));
                    }
                });
    }

    private static List<BaseFont> fallbacks() {
        List<BaseFont> found = fallbackFonts;
        if (found == null) {
            List<BaseFont> fonts = new ArrayList<>();
            for (String name : FALLBACKS) {
                String file = name.endsWith(",0") ? name.substring(0, name.length() - 2) : name;
                if (Files.isReadable(Path.of(file))) {
                    font(name).ifPresent(fonts::add);
                }
            }
            found = List.copyOf(fonts);
            fallbackFonts = found;
        }
        return found;
    }

    private static Optional<BaseFont> font(String name) {
        return LOADED.computeIfAbsent(name, key -> {
            try {
                return Optional.of(BaseFont.createFont(key, BaseFont.IDENTITY_H, BaseFont.EMBEDDED));
            } catch (Exception e) {
                // A font this computer has but OpenPDF cannot read (a CFF collection, say) is passed over.
                return Optional.empty();
            }
        });
    }
}
