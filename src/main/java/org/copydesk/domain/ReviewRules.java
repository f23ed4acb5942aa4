package org.copydesk.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A desk's 三审三校 as data, from its site profile: which rounds an article must have signed before it
 * may be approved (for every channel, or for one channel), which rounds must be signed by different
 * people, and whether the person who wrote and submitted an article may approve it. Rounds of a kind
 * are signed in order (初审 before 复审, 一校 before 二校). The review service refuses what these rules
 * refuse; the window disables the same buttons and says why beside them.
 *
 * @param required          the rounds every channel requires before approval
 * @param byChannel         channels that require other rounds than {@code required}
 * @param different         groups of rounds whose signers must be pairwise different people
 * @param approverNotAuthor true when the person who submitted the article (or is its byline) may not approve it
 */
public record ReviewRules(Set<Round> required, Map<String, Set<Round>> byChannel, List<Set<Round>> different,
                          boolean approverNotAuthor) {

    /** All six rounds; 初审, 复审 and 终审 by three different people; never approved by its author. */
    public static final ReviewRules DEFAULT = new ReviewRules(EnumSet.allOf(Round.class), Map.of(),
            List.of(EnumSet.of(Round.REVIEW_1, Round.REVIEW_2, Round.REVIEW_3)), true);

    public ReviewRules {
        required = required.isEmpty() ? EnumSet.noneOf(Round.class) : EnumSet.copyOf(required);
        Map<String, Set<Round>> channels = new LinkedHashMap<>();
        byChannel.forEach((k, v) -> channels.put(k, v.isEmpty() ? EnumSet.noneOf(Round.class) : EnumSet.copyOf(v)));
        byChannel = Map.copyOf(channels);
        List<Set<Round>> groups = new ArrayList<>();
        for (Set<Round> g : different) {
            if (g.size() > 1) {
                groups.add(EnumSet.copyOf(g));
            }
        }
        different = List.copyOf(groups);
    }

    /**
     * A refusal: the problem, the rounds its message names (the round asked for first, then the one in
     * the way; or the rounds missing) and the person it concerns.
     */
    public record Refusal(Problem problem, List<Round> rounds, String who) {
        public Refusal {
            rounds = List.copyOf(rounds);
            who = who == null ? "" : who;
        }
    }

    /** The rounds an article of this channel must have signed before approval. */
    public Set<Round> required(String channel) {
        Set<Round> own = channel == null ? null : byChannel.get(channel);
        return own != null ? own : required;
    }

    /** The required rounds of this channel not yet signed, in order. */
    public List<Round> missing(String channel, Map<Round, ReviewEvent> signed) {
        return required(channel).stream().filter(r -> !signed.containsKey(r)).toList();
    }

    /**
     * Why {@code who} may not sign {@code round} now, given the rounds already signed in this
     * submission; empty when they may. (The article's status is the workflow's to judge.)
     */
    public Optional<Refusal> signing(Round round, String channel, Map<Round, ReviewEvent> signed, String who) {
        if (signed.containsKey(round)) {
            ReviewEvent e = signed.get(round);
            return Optional.of(new Refusal(Problem.ROUND_ALREADY_SIGNED, List.of(round), e.who()));
        }
        Set<Round> needed = required(channel);
        for (Round earlier : Round.values()) {
            // a round waits for the earlier rounds of its kind that this channel requires
            if (earlier.isReview() == round.isReview() && earlier.ordinal() < round.ordinal() && needed.contains(earlier)
                    && !signed.containsKey(earlier)) {
                return Optional.of(new Refusal(Problem.ROUND_OUT_OF_ORDER, List.of(round, earlier), ""));
            }
        }
        String name = who == null ? "" : who.strip();
        for (Set<Round> group : different) {
            if (!group.contains(round)) {
                continue;
            }
            for (Round other : group) {
                ReviewEvent e = signed.get(other);
                if (other != round && e != null && e.who().strip().equals(name)) {
                    return Optional.of(new Refusal(Problem.ROUND_SAME_PERSON, List.of(round, other), name));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Why {@code who} may not approve the article now; empty when they may.
     *
     * @param submitter the person who last submitted the article (empty when unknown)
     * @param byline    the article's author line, whose names also may not approve it
     */
    public Optional<Refusal> approving(String channel, Map<Round, ReviewEvent> signed, String who, String submitter, String byline) {
        List<Round> missing = missing(channel, signed);
        if (!missing.isEmpty()) {
            return Optional.of(new Refusal(Problem.ROUNDS_MISSING, missing, ""));
        }
        String name = who == null ? "" : who.strip();
        if (approverNotAuthor && !name.isEmpty() && (name.equals(submitter == null ? "" : submitter.strip()) || names(byline).contains(name))) {
            return Optional.of(new Refusal(Problem.APPROVER_IS_AUTHOR, List.of(), name));
        }
        return Optional.empty();
    }

    /** The names in an author line such as 「记者 张三 李四」 or 「张三、李四」. */
    static Set<String> names(String byline) {
        Set<String> out = new java.util.HashSet<>();
        if (byline != null) {
            for (String part : byline.split("[\\s、，,/／;；|]+")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }
}
