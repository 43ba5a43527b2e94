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
    private final List<Integer> lengths = new ArrayList<>();
    /** No phrase can be added any more. */
    private volatile boolean frozen;
    /** The failure and output links are made. */
    private volatile boolean built;

    public PhraseIndex() {
        newNode();
    }

    /**
     * Adds a phrase (its word keys) and returns its index; a phrase already present returns the
     * earlier index, so the caller can tell duplicates apart.
     */
    public int add(List<String> words) {
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
            ending.set(node, lengths.size());
            lengths.add(words.size());
        }
        return ending.get(node);
    }

    public int size() {
        return lengths.size();
    }

    /** Every phrase occurrence in the tokens, in order of where it ends. */
    public List<Match> scan(List<Words.Token> tokens) {
        if (!frozen) {
            throw new IllegalStateException("freeze the index before scanning");
        }
        if (!built) {
            link();
        }
        List<Match> matches = new ArrayList<>();
        int node = 0;
        for (int t = 0; t < tokens.size(); t++) {
            Integer symbol = vocabulary.get(tokens.get(t).key());
            node = symbol == null ? 0 : step(node, symbol);
            int out = ending.get(node) >= 0 ? node : outputLink.get(node);
            while (out >= 0) {
                int phrase = ending.get(out);
                matches.add(new Match(phrase, t - lengths.get(phrase) + 1, t));
                out = outputLink.get(out);
            }
        }
        return matches;
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
