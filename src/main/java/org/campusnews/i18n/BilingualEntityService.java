package org.campusnews.i18n;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.campusnews.common.DatabaseErrors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creating, changing and deleting departments or sections from the staff pages, with the rules both follow: slugs are
 * unique (checked here, and by the database for two saves at the same moment), and one that something still refers to
 * cannot be deleted. The database's own refusals are turned into the same answers as the checks made first. What
 * differs (what refers to them, which events and audit entries a change makes) is the subclass's.
 */
public abstract class BilingualEntityService<E extends BilingualEntity> {

    private final BilingualEntityRepository<E> repository;
    private final Factory<E> factory;
    private final TransactionTemplate transaction;
    private final String slugConstraint;
    private final Supplier<InUseException> foundByDatabase;

    /**
     * @param factory makes a new, unsaved entity ({@code Section::new})
     * @param slugConstraint the name of the table's unique constraint on the slug
     * @param foundByDatabase the refusal when only the database finds the row still referred to
     */
    protected BilingualEntityService(BilingualEntityRepository<E> repository, Factory<E> factory,
            TransactionTemplate transaction, String slugConstraint, Supplier<InUseException> foundByDatabase) {
        this.repository = repository;
        this.factory = factory;
        this.transaction = transaction;
        this.slugConstraint = slugConstraint;
        this.foundByDatabase = foundByDatabase;
    }

    /** All of them in their display order. */
    @Transactional(readOnly = true)
    public List<E> inOrder() {
        return repository.findAllByOrderBySortOrderAscIdAsc();
    }

    @Transactional(readOnly = true)
    public E get(long id) {
        return repository.findById(id).orElseThrow(() -> notFound(id));
    }

    /** Throws {@link SlugTakenException} when another one has the slug. */
    public E create(String slug, BilingualName name, int sortOrder) {
        return inTransaction(() -> {
            requireFreeSlug(repository.findBySlug(slug), null, slug);
            E entity = repository.saveAndFlush(factory.make(slug, name, sortOrder));
            changed(Change.CREATED, entity, StoredMessage.of("audit.detail.created", describe(entity)));
            return entity;
        });
    }

    /** Throws {@link SlugTakenException} when another one has the slug. */
    public void update(long id, String slug, BilingualName name, int sortOrder) {
        inTransaction(() -> {
            E stored = get(id);
            requireFreeSlug(repository.findBySlug(slug), id, slug);
            String before = describe(stored);
            stored.rename(slug, name, sortOrder);
            repository.flush();
            changed(Change.UPDATED, stored, StoredMessage.of("audit.detail.changed", before, describe(stored)));
            return null;
        });
    }

    /** Throws {@link InUseException} while anything refers to it. */
    public void delete(long id) {
        inTransaction(() -> {
            E entity = get(id);
            requireUnused(entity);
            repository.delete(entity);
            repository.flush();
            changed(Change.DELETED, entity, null);
            return null;
        });
    }

    /** The answer when there is none with this id (a page that does not exist). */
    protected abstract RuntimeException notFound(long id);

    /** Throws {@link InUseException} while something refers to the entity. */
    protected abstract void requireUnused(E entity);

    /**
     * Called in the transaction of a change, once it is flushed, for the events and the audit entry it makes.
     *
     * @param details what the audit log says of a creation or a change; null for a deletion
     */
    protected abstract void changed(Change change, E entity, StoredMessage details);

    /** How the audit log names an entity: its slug and both names. */
    protected static String describe(BilingualEntity entity) {
        return entity.getSlug() + " (" + entity.getName().en() + " / " + entity.getName().zh() + ")";
    }

    /** Runs a change in its own transaction and turns a violated constraint found only by the database into ours. */
    private <T> T inTransaction(Supplier<T> change) {
        try {
            return transaction.execute(status -> change.get());
        } catch (DataIntegrityViolationException failure) {
            if (DatabaseErrors.isUniqueViolation(failure, slugConstraint)) {
                throw new SlugTakenException(null);
            }
            if (DatabaseErrors.isForeignKeyViolation(failure)) {
                throw foundByDatabase.get();
            }
            throw failure;
        }
    }

    /** Throws {@link SlugTakenException} when {@code sameSlug} is another entity than the one with {@code id}. */
    private static void requireFreeSlug(Optional<? extends BilingualEntity> sameSlug, Long id, String slug) {
        sameSlug.filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw new SlugTakenException(slug);
        });
    }

    /** Makes a new, unsaved entity: the entity's constructor. */
    @FunctionalInterface
    protected interface Factory<E> {
        E make(String slug, BilingualName name, int sortOrder);
    }

    /** What happened to an entity. */
    protected enum Change {
        CREATED, UPDATED, DELETED
    }
}
