select * from {{ source('raw', 'metrics') }}
