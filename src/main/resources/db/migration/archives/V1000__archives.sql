-- Personnel archives (干部人事档案): one file per person, its materials and their pages sealed with the
-- platform key, delegations, access requests, transfers between holding units, and the per-file access log.

create table archive_file (
    id             bigserial primary key,
    person_id      bigint not null unique,
    cadre_name     text not null,
    -- where the person is registered (grid code), so their community may find the file
    division_code  varchar(15) collate "C" not null,
    -- the holding unit: the archive of a region, city or county (2, 4 or 6 digits)
    holder_code    varchar(12) collate "C" not null,
    paper_location text,
    created_by     text not null,
    created_at     timestamptz not null
);
create index archive_file_holder on archive_file (holder_code);
create index archive_file_division on archive_file (division_code);

create table archive_material (
    id             bigserial primary key,
    file_id        bigint not null references archive_file (id),
    material_class text not null,
    title          text not null,
    pages          int not null,
    added_by       text not null,
    added_at       timestamptz not null,
    checked_by     text,
    checked_at     timestamptz
);
create index archive_material_file on archive_material (file_id);

-- One row per page: a single-page PDF or an image, AES-GCM sealed with the platform key.
create table archive_page (
    material_id  bigint not null references archive_material (id),
    number       int not null,
    content_type text not null,
    sealed       bytea not null,
    primary key (material_id, number)
);

create table archive_delegation (
    id          bigserial primary key,
    file_id     bigint not null references archive_file (id),
    unit_code   varchar(15) collate "C" not null,
    parts       text,
    valid_from  timestamptz not null,
    valid_until timestamptz not null,
    download    boolean not null default false,
    granted_by  text not null,
    revoked_at  timestamptz
);
create index archive_delegation_unit on archive_delegation (unit_code, file_id);

create table archive_request (
    id           bigserial primary key,
    file_id      bigint not null references archive_file (id),
    reader       text not null,
    unit_code    varchar(15) collate "C" not null,
    parts        text not null,
    purpose      text not null,
    service_item text,
    status       text not null,
    submitted_at timestamptz not null,
    due_at       timestamptz not null,
    decided_by   text,
    decided_at   timestamptz,
    reason       text,
    valid_until  timestamptz,
    download     boolean not null default false
);
create index archive_request_file on archive_request (file_id, status);
create index archive_request_reader on archive_request (reader);

create table archive_transfer (
    id          bigserial primary key,
    file_id     bigint not null references archive_file (id),
    from_code   varchar(12) collate "C" not null,
    to_code     varchar(12) collate "C" not null,
    receipt     text not null unique,
    note        text,
    sent_by     text not null,
    sent_at     timestamptz not null,
    received_by text,
    received_at timestamptz
);
create index archive_transfer_file on archive_transfer (file_id);
create index archive_transfer_to on archive_transfer (to_code) where received_at is null;

-- Who did what with a file: views, downloads, requests, decisions, transfers, paper readings.
create table archive_access (
    id          bigserial primary key,
    file_id     bigint not null references archive_file (id),
    at          timestamptz not null,
    actor       text not null,
    unit_code   text not null,
    action      text not null,
    material_id bigint,
    page        int,
    detail      text
);
create index archive_access_file on archive_access (file_id, at);

-- The one-stop catalogue (一站式服务): 7 classes and 41 service items, editable by the region.
create table archive_service_class (
    code     text primary key,
    name_zh  text not null,
    name_en  text not null,
    position int not null
);

create table archive_service_item (
    code       text primary key,
    class_code text not null references archive_service_class (code),
    name_zh    text not null,
    name_en    text not null,
    parts      text,
    position   int not null
);

insert into archive_service_class (code, name_zh, name_en, position) values
('QUERY', '查阅服务', 'Reading', 1),
('LOAN', '借阅服务', 'Loans', 2),
('TRANSFER', '转递服务', 'Transfers', 3),
('CERTIFY', '出具证明', 'Certificates', 4),
('COPY', '复制摘录', 'Copies and extracts', 5),
('FILING', '材料收集归档', 'Filing materials', 6),
('REVIEW', '审核与咨询', 'Review and advice', 7);

insert into archive_service_item (code, class_code, name_zh, name_en, parts, position) values
('QUERY.INSPECTION', 'QUERY', '干部考察查阅', 'Reading for a cadre inspection', null, 1),
('QUERY.APPOINTMENT', 'QUERY', '干部任免审核查阅', 'Reading for an appointment review', 'RESUME,APPOINTMENT', 2),
('QUERY.PARTY_VETTING', 'QUERY', '入党政审查阅', 'Reading for a party admission vetting', 'VETTING,PARTY', 3),
('QUERY.PARTY_APPLICATION', 'QUERY', '入党志愿书核查', 'Checking a party membership application', 'PARTY', 4),
('QUERY.RECRUITMENT', 'QUERY', '公务员录用政审查阅', 'Reading for civil service recruitment', 'RESUME,VETTING', 5),
('QUERY.TITLE', 'QUERY', '职称评审查阅', 'Reading for a professional title review', 'EDUCATION', 6),
('QUERY.INSPECTION_TOUR', 'QUERY', '巡视巡察查阅', 'Reading for an inspection tour', null, 7),
('QUERY.DISCIPLINE', 'QUERY', '纪检监察查阅', 'Reading for discipline inspection', null, 8),
('LOAN.SELECTION', 'LOAN', '干部选拔任用借阅', 'Loan for cadre selection', null, 1),
('LOAN.AUDIT', 'LOAN', '审计借阅', 'Loan for an audit', 'VETTING', 2),
('LOAN.JUDICIAL', 'LOAN', '司法机关借阅', 'Loan to a judicial body', null, 3),
('LOAN.ORGANISATION', 'LOAN', '组织部门借阅', 'Loan to an organisation department', null, 4),
('TRANSFER.MOVE', 'TRANSFER', '调动转递', 'Transfer on a move', null, 1),
('TRANSFER.RECRUITED', 'TRANSFER', '录用转递', 'Transfer on recruitment', null, 2),
('TRANSFER.RETIREMENT', 'TRANSFER', '退休移交', 'Hand-over on retirement', null, 3),
('TRANSFER.ABROAD', 'TRANSFER', '出国（境）定居移交', 'Hand-over on settling abroad', null, 4),
('TRANSFER.DECEASED', 'TRANSFER', '去世移交', 'Hand-over after death', null, 5),
('TRANSFER.REFORM', 'TRANSFER', '机构改革转递', 'Transfer in an institutional reform', null, 6),
('CERTIFY.BIRTH', 'CERTIFY', '出生日期证明', 'Certificate of birth date', 'RESUME', 1),
('CERTIFY.WORK_START', 'CERTIFY', '参加工作时间证明', 'Certificate of start of work', 'RESUME,APPOINTMENT', 2),
('CERTIFY.PARTY_DATE', 'CERTIFY', '入党时间证明', 'Certificate of party admission date', 'PARTY', 3),
('CERTIFY.EDUCATION', 'CERTIFY', '学历学位证明', 'Certificate of education', 'EDUCATION', 4),
('CERTIFY.SERVICE_YEARS', 'CERTIFY', '工龄证明', 'Certificate of years of service', 'RESUME,APPOINTMENT', 5),
('CERTIFY.POSTS', 'CERTIFY', '任职经历证明', 'Certificate of posts held', 'APPOINTMENT', 6),
('CERTIFY.CUSTODY', 'CERTIFY', '档案存放证明', 'Certificate of file custody', null, 7),
('COPY.MATERIAL', 'COPY', '材料复制', 'Copy of a material', null, 1),
('COPY.EXTRACT', 'COPY', '材料摘录', 'Extract of a material', null, 2),
('COPY.APPOINTMENT_FORM', 'COPY', '干部任免审批表复制', 'Copy of an appointment form', 'APPOINTMENT', 3),
('COPY.RESUME', 'COPY', '履历材料复制', 'Copy of the resume materials', 'RESUME', 4),
('COPY.AWARDS', 'COPY', '奖惩材料复制', 'Copy of awards and sanctions', 'AWARDS,DISCIPLINE', 5),
('FILING.LOOSE', 'FILING', '零散材料归档', 'Filing loose materials', null, 1),
('FILING.APPOINTMENT', 'FILING', '任免材料归档', 'Filing appointment materials', null, 2),
('FILING.APPRAISAL', 'FILING', '考核材料归档', 'Filing appraisals', null, 3),
('FILING.TRAINING', 'FILING', '培训材料归档', 'Filing training records', null, 4),
('FILING.AWARDS', 'FILING', '奖惩材料归档', 'Filing awards and sanctions', null, 5),
('FILING.SALARY', 'FILING', '工资材料归档', 'Filing salary materials', null, 6),
('REVIEW.SPECIAL', 'REVIEW', '档案专项审核', 'Special review of a file', null, 1),
('REVIEW.AGES', 'REVIEW', '“三龄两历一身份”审核', 'Review of ages, records and identity', 'RESUME,PARTY,EDUCATION', 2),
('REVIEW.DIGITISATION', 'REVIEW', '档案数字化', 'Digitisation of a file', null, 3),
('REVIEW.ADVICE', 'REVIEW', '档案业务咨询', 'Advice on archive work', null, 4),
('REVIEW.POLICY', 'REVIEW', '档案政策解答', 'Answers on archive policy', null, 5);
