package org.campusnews.i18n;

import java.util.Optional;
import java.util.function.Supplier;

import org.campusnews.common.DatabaseErrors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rules departments and sections share when staff change them: a free slug, and the database's own constraints
 * (a slug taken at the same moment, a row still referred to) turned into the same answers as the checks made first.
 */
public final class BilingualEntityWrites {

    private final TransactionTemplate transaction;
    private final String slugConstraint;
    private final Supplier<? extends RuntimeException> inUse;

    /**
     * @param slugConstraint the name of the table's unique constraint on the slug
     * @param inUse the refusal to throw when the database finds the row still referred to
     */
    public BilingualEntityWrites(TransactionTemplate transaction, String slugConstraint,
            Supplier<? extends RuntimeException> inUse) {
        this.transaction = transaction;
        this.slugConstraint = slugConstraint;
        this.inUse = inUse;
    }

    /** Runs a change in its own transaction and turns a violated constraint found only by the database into ours. */
    public <T> T inTransaction(Supplier<T> change) {
        try {
            return transaction.execute(status -> change.get());
        } catch (DataIntegrityViolationException failure) {
            if (DatabaseErrors.isUniqueViolation(failure, slugConstraint)) {
                throw new SlugTakenException(null);
            }
            if (DatabaseErrors.isForeignKeyViolation(failure)) {
                throw inUse.get();
            }
            throw failure;
        }
    }

    /** Throws {@link SlugTakenException} when {@code sameSlug} is another entity than the one with {@code id}. */
    public static void requireFreeSlug(Optional<? extends BilingualEntity> sameSlug, Long id, String slug) {
        sameSlug.filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw new SlugTakenException(slug);
        });
    }

    /** How the audit log names a department or section. */
    public static String describe(String slug, BilingualName name) {
        return slug + " (" + name.en() + " / " + name.zh() + ")";
    }
}
