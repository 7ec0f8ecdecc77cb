package dev.postwright.render;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.IndentedCodeBlockParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * flexmark's thematic break ({@code ***}, {@code - - -}) recognised by a scan instead of its pattern
 * {@code (?:\*[ \t]*){3,}…}, which java.util.regex matches by recursion, one frame set per character: a line of
 * a few hundred thousand {@code *} overflowed the stack. Same rule (CommonMark 4.1), same place among the block
 * parsers; replaces the core factory ({@code Parser.THEMATIC_BREAK_PARSER} off).
 */
final class ScannedThematicBreak implements CustomBlockParserFactory {

    @Override
    public Set<Class<?>> getAfterDependents() {
        return Set.of(
                BlockQuoteParser.Factory.class,
                HeadingParser.Factory.class,
                FencedCodeBlockParser.Factory.class,
                HtmlBlockParser.Factory.class);
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return Set.of(ListBlockParser.Factory.class, IndentedCodeBlockParser.Factory.class);
    }

    @Override
    public boolean affectsGlobalScope() {
        return false;
    }

    @Override
    public BlockParserFactory apply(DataHolder options) {
        boolean relaxedStart = Parser.THEMATIC_BREAK_RELAXED_START.get(options);
        return new AbstractBlockParserFactory(options) {
            @Override
            public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
                if (state.getIndent() >= 4 || matched.getBlockParser().isParagraphParser() && !relaxedStart) {
                    return BlockStart.none();
                }
                BasedSequence line = state.getLine();
                if (!isBreak(line, state.getNextNonSpaceIndex())) {
                    return BlockStart.none();
                }
                return BlockStart.of(new ThematicBreakParser(line.subSequence(state.getIndex())))
                        .atIndex(line.length());
            }
        };
    }

    /** Three or more of one of {@code * - _}, with only spaces or tabs between and after them (and the EOL). */
    static boolean isBreak(CharSequence line, int from) {
        int end = line.length();
        while (end > from && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
            end--;
        }
        if (from >= end) {
            return false;
        }
        char mark = line.charAt(from);
        if (mark != '*' && mark != '-' && mark != '_') {
            return false;
        }
        int count = 0;
        for (int i = from; i < end; i++) {
            char c = line.charAt(i);
            if (c == mark) {
                count++;
            } else if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return count >= 3;
    }
}
