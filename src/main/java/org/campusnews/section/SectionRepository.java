package org.campusnews.section;

import org.campusnews.i18n.BilingualEntityRepository;

public interface SectionRepository extends BilingualEntityRepository<Section> {
}
