package org.redgrid.archives;

import java.util.Locale;
import org.redgrid.shared.InvalidValue;

/**
 * The ten classes of materials of a cadre personnel file (干部人事档案材料分类), in the order the
 * regulation on cadre personnel files numbers them.
 */
public enum MaterialClass {
    RESUME("履历类材料"),
    AUTOBIOGRAPHY("自传和思想类材料"),
    APPRAISAL("考核鉴定类材料"),
    EDUCATION("学历学位、专业技术职务（职称）、学术评鉴和教育培训类材料"),
    VETTING("政审、审计和审核类材料"),
    PARTY("党、团类材料"),
    AWARDS("表彰奖励类材料"),
    DISCIPLINE("违规违纪违法处理处分类材料"),
    APPOINTMENT("工资、任免、出国和会议代表类材料"),
    OTHER("其他可供组织参考的材料");

    private final String nameZh;

    MaterialClass(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    /** The class's number in the regulation, 1 to 10. */
    public int number() {
        return ordinal() + 1;
    }

    /** A class by its name ({@code PARTY}) or its number in the regulation ({@code 6}). */
    public static MaterialClass parse(String field, String value) {
        String v = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (v.matches("\\d{1,2}")) {
            int n = Integer.parseInt(v);
            if (n >= 1 && n <= values().length) return values()[n - 1];
        }
        for (MaterialClass c : values()) if (c.name().equals(v)) return c;
        throw new InvalidValue(
                field,
                "archives.material-class",
                "材料类别应为 1 到 10 或类别名称（如 PARTY）",
                "the material class must be 1 to 10 or a class name such as PARTY");
    }
}
