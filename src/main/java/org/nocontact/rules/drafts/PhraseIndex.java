package org.nocontact.rules.drafts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * All phrases of a rule set in one Aho-Corasick automaton over word keys: the phrases are added at
 * load, the automaton is linked at the first scan (a check without a draft never pays for it). A
 * scan reads each word of a line once and follows at most one failure chain per word, so matching
 * takes time linear in the draft's length whatever the rule file holds (the number of matches
 * reported at one word is bounded by the phrase length cap).
 *
 * <p>A phrase with a gap ("if you ... loved me") is two pieces, each in the automaton: it matches
 * where its second piece begins at most {@link #MAX_GAP} words after its first piece ends. Each
 * gapped phrase keeps the ends of its first piece within the reach of a gap, so a scan still does
 * a bounded amount of work per word (bounded by the caps on phrases with a gap and their length).
 */
public final class PhraseIndex {
    /** A phrase found in a text: which phrase (its index as added), and the words it spans. */
    public record Match(int phrase, int firstToken, int lastToken) {
    }

    private final Map<String, Integer> vocabulary = new HashMap<>();
    private final List<Map<Integer, Integer>> next = new ArrayList<>();
    private final List<Integer> fail = new ArrayList<>();
    /** The phrase ending at this node, or -1. */
    private final List<Integer> ending = new ArrayList<>();
    /** The nearest node on the failure chain that ends a phrase, or -1: keeps output linear. */
    private final List<Integer> outputLink = new ArrayList<>();
    /** Words in a phrase; -1 for a phrase with a gap, which has no node of its own. */
    private final List<Integer> lengths = new ArrayList<>();
    /** Whether a phrase was added as such (a piece of a gapped phrase alone is not reported). */
    private final List<Boolean> reported = new ArrayList<>();
    /** For each phrase, the gapped phrases it is the first or second piece of. */
    private final List<List<Piece>> pieces = new ArrayList<>();
    /** For each gapped phrase: its first piece. */
    private final Map<Integer, Integer> firstPiece = new HashMap<>();
    private final Map<List<List<String>>, Integer> gapped = new HashMap<>();
    private int longest;
    /** No phrase can be added any more. */
    private volatile boolean frozen;
    /** The failure and output links are made. */
    private volatile boolean built;

    /** The most words a gap may hold ("if you really truly loved me": a gap of two). */
    public static final int MAX_GAP = 4;

    private record Piece(int gappedPhrase, boolean second) {
    }

    public PhraseIndex() {
        newNode();
    }

    /**
     * Adds a phrase (its word keys) and returns its index; a phrase already present returns the
     * earlier index, so the caller can tell duplicates apart.
     */
    public int add(List<String> words) {
        int phrase = node(words);
        reported.set(phrase, true);
        return phrase;
    }

    /**
     * Adds a phrase with a gap: {@code first}, then at most {@link #MAX_GAP} other words, then
     * {@code second}. Returns its index; the same two pieces again return the earlier index.
     */
    public int addGapped(List<String> first, List<String> second) {
        List<List<String>> key = List.of(List.copyOf(first), List.copyOf(second));
        Integer known = gapped.get(key);
        if (known != null) {
            return known;
        }
        int a = node(first);
        int b = node(second);
        int phrase = newPhrase(-1);
        reported.set(phrase, true);
        pieces.get(a).add(new Piece(phrase, false));
        pieces.get(b).add(new Piece(phrase, true));
        firstPiece.put(phrase, a);
        gapped.put(key, phrase);
        return phrase;
    }

    private int newPhrase(int length) {
        lengths.add(length);
        reported.add(false);
        pieces.add(new ArrayList<>());
        return lengths.size() - 1;
    }

    private int node(List<String> words) {
        if (frozen || words.isEmpty()) {
            throw new IllegalStateException("phrases are added before the first scan, and are not empty");
        }
        int node = 0;
        for (String word : words) {
            int symbol = vocabulary.computeIfAbsent(word, w -> vocabulary.size());
            Integer child = next.get(node).get(symbol);
            if (child == null) {
                child = newNode();
                next.get(node).put(symbol, child);
            }
            node = child;
        }
        if (ending.get(node) < 0) {
            ending.set(node, newPhrase(words.size()));
            longest = Math.max(longest, words.size());
        }
        return ending.get(node);
    }

    public int size() {
        return lengths.size();
    }

    /** Every phrase occurrence in the tokens, in order of where it ends. */
    public List<Match> scan(List<Tokens.Token> tokens) {
        if (!frozen) {
            throw new IllegalStateException("freeze the index before scanning");
        }
        if (!built) {
            link();
        }
        List<Match> matches = new ArrayList<>();
        Map<Integer, ArrayDeque<Integer>> firstEnds = new HashMap<>();
        int node = 0;
        for (int t = 0; t < tokens.size(); t++) {
            Integer symbol = vocabulary.get(tokens.get(t).key());
            node = symbol == null ? 0 : step(node, symbol);
            int out = ending.get(node) >= 0 ? node : outputLink.get(node);
            while (out >= 0) {
                int phrase = ending.get(out);
                int start = t - lengths.get(phrase) + 1;
                if (reported.get(phrase)) {
                    matches.add(new Match(phrase, start, t));
                }
                for (Piece piece : pieces.get(phrase)) {
                    ArrayDeque<Integer> ends = firstEnds.computeIfAbsent(piece.gappedPhrase(), k -> new ArrayDeque<>());
                    if (piece.second()) {
                        java.util.Optional<Integer> end = firstBefore(ends, start);
                        if (end.isPresent()) {
                            matches.add(new Match(piece.gappedPhrase(),
                                    end.get() - lengths.get(firstPiece.get(piece.gappedPhrase())) + 1, t));
                        }
                    } else {
                        remember(ends, t);
                    }
                }
                out = outputLink.get(out);
            }
        }
        return matches;
    }

    /** Keeps a first piece's end, and forgets ends no second piece can reach any more. */
    private void remember(ArrayDeque<Integer> ends, int end) {
        while (!ends.isEmpty() && ends.peekFirst() < end - MAX_GAP - longest - 1) {
            ends.pollFirst();
        }
        if (ends.isEmpty() || ends.peekLast() != end) {
            ends.addLast(end);
        }
    }

    /** The latest first-piece end that a second piece starting at {@code start} is within a gap of. */
    private static java.util.Optional<Integer> firstBefore(ArrayDeque<Integer> ends, int start) {
        java.util.Iterator<Integer> latest = ends.descendingIterator();
        while (latest.hasNext()) {
            int end = latest.next();
            if (end < start) {
                return start - end - 1 <= MAX_GAP ? java.util.Optional.of(end) : java.util.Optional.empty();
            }
        }
        return java.util.Optional.empty();
    }

    private int step(int node, int symbol) {
        int at = node;
        while (true) {
            Integer child = next.get(at).get(symbol);
            if (child != null) {
                return child;
            }
            if (at == 0) {
                return 0;
            }
            at = fail.get(at);
        }
    }

    /** No phrase can be added after this; the automaton is linked at the first scan. Returns this index. */
    public PhraseIndex freeze() {
        frozen = true;
        return this;
    }

    private synchronized void link() {
        if (built) {
            return;
        }
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int child : next.get(0).values()) {
            fail.set(child, 0);
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (Map.Entry<Integer, Integer> edge : next.get(node).entrySet()) {
                int child = edge.getValue();
                int target = step(fail.get(node), edge.getKey());
                fail.set(child, target);
                outputLink.set(child, ending.get(target) >= 0 ? target : outputLink.get(target));
                queue.add(child);
            }
        }
        built = true;
    }

    private int newNode() {
        next.add(new HashMap<>());
        fail.add(0);
        ending.add(-1);
        outputLink.add(-1);
        return next.size() - 1;
    }
}
